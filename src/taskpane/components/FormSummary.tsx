import { Card, CardHeader, makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import type { FormReview, Level1Category } from '../../domain';
import { showRate, showScore } from '../format';
import { usePlace } from '../place';
import { kindKey, levelKey, useText } from '../i18n';

const useStyles = makeStyles({
  stats: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: tokens.spacingVerticalXS },
  value: { fontWeight: tokens.fontWeightSemibold },
  bar: { display: 'flex', flexDirection: 'column', gap: '2px' },
});

/** One form's computed figures: 执行率, its score, 总分, grade, and the first-level scores as bars. */
export function FormSummary({ review }: { review: FormReview }) {
  const styles = useStyles();
  const { t } = useText();
  const place = usePlace();
  const { form, analysis } = review;
  const kind = t(kindKey(form.kind));
  const name =
    typeof form.name?.value === 'string' && form.name.value.trim() ? form.name.value.trim() : form.sheet;
  return (
    <Card size="small" aria-label={`${kind}: ${name}`}>
      <CardHeader
        header={<Text weight="semibold">{name}</Text>}
        description={place.formLine(kind, form.sheet)}
      />
      {form.kind !== 'basic' && (
        <>
          <div className={styles.stats}>
            <Text>{t('summary.rate')}</Text>
            <Text className={styles.value} data-testid="rate">
              {showRate(analysis.execution.rate)}
            </Text>
            <Text>{t('summary.exec-score')}</Text>
            <Text className={styles.value} data-testid="exec-score">
              {showScore(analysis.execution.score)}
            </Text>
            <Text>{t('summary.total')}</Text>
            <Text className={styles.value} data-testid="total">
              {showScore(analysis.total)}
            </Text>
            <Text>{t('summary.grade')}</Text>
            <Text className={styles.value} data-testid="grade">
              {analysis.grade ?? '—'}
            </Text>
          </div>
          {(['output', 'effect', 'satisfaction'] as const satisfies readonly Level1Category[]).map(
            (category) => {
              const level = analysis.levels[category];
              if (!level || level.weight <= 0) return null;
              return (
                <div className={styles.bar} key={category}>
                  <Text size={200}>
                    {t(levelKey(category))} {showScore(level.score)} / {showScore(level.weight)}
                  </Text>
                  <ProgressBar
                    value={Math.min(level.score / level.weight, 1)}
                    thickness="large"
                    aria-label={t('summary.level', {
                      level: t(levelKey(category)),
                      score: showScore(level.score),
                      weight: showScore(level.weight),
                    })}
                  />
                </div>
              );
            },
          )}
        </>
      )}
    </Card>
  );
}
