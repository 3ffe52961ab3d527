import { Card, CardHeader, makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import type { FormAnalysis, FormReview, Level1Category } from '../../domain';
import { showRate, showScore } from '../format';
import { kindKey, levelKey, useText } from '../i18n';
import { usePlace } from '../place';

const useStyles = makeStyles({
  stats: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: tokens.spacingVerticalXS },
  value: { fontWeight: tokens.fontWeightSemibold },
  bar: { display: 'flex', flexDirection: 'column', gap: '2px' },
  note: { gridColumn: '1 / -1', color: tokens.colorNeutralForeground3 },
});

const LEVELS = ['output', 'effect', 'satisfaction'] as const satisfies readonly Level1Category[];

/** 执行率, its score, 总分 and grade, label beside value. */
function Figures({ analysis }: { analysis: FormAnalysis }) {
  const styles = useStyles();
  const { t } = useText();
  return (
    <div className={styles.stats}>
      <Text>{t('pane.summary.rate')}</Text>
      <Text className={styles.value} data-testid="rate">
        {showRate(analysis.execution.rate)}
      </Text>
      <Text>{t('pane.summary.exec-score')}</Text>
      <Text className={styles.value} data-testid="exec-score">
        {showScore(analysis.execution.score)}
      </Text>
      <Text>{t('pane.summary.total')}</Text>
      <Text className={styles.value} data-testid="total">
        {showScore(analysis.total)}
      </Text>
      <Text>{t('pane.summary.grade')}</Text>
      <Text className={styles.value} data-testid="grade">
        {analysis.grade ?? '—'}
      </Text>
      {analysis.total === null && analysis.unscoredRows > 0 && (
        <Text size={200} className={styles.note} data-testid="unscored">
          {t('pane.summary.unscored', { count: analysis.unscoredRows })}
        </Text>
      )}
    </div>
  );
}

/** A first-level indicator's score against its weight, as a bar. */
function LevelBar({ category, score, weight }: { category: Level1Category; score: number; weight: number }) {
  const styles = useStyles();
  const { t } = useText();
  const level = t(levelKey(category));
  return (
    <div className={styles.bar}>
      <Text size={200}>
        {level} {showScore(score)} / {showScore(weight)}
      </Text>
      <ProgressBar
        value={Math.min(score / weight, 1)}
        thickness="large"
        aria-label={t('pane.summary.level', { level, score: showScore(score), weight: showScore(weight) })}
      />
    </div>
  );
}

/** One form's computed figures: 执行率, its score, 总分, grade, and the first-level scores as bars. */
export function FormSummary({ review }: { review: FormReview }) {
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
          <Figures analysis={analysis} />
          {LEVELS.map((category) => {
            const level = analysis.levels[category];
            if (!level || level.weight <= 0) return null;
            return <LevelBar key={category} category={category} score={level.score} weight={level.weight} />;
          })}
        </>
      )}
    </Card>
  );
}
