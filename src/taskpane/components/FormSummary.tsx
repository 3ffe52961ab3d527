import { Card, CardHeader, makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { LEVEL1_NAMES, type FormReview, type Level1Category } from '../../domain';
import { KIND_NAMES, showRate, showScore } from '../format';

const useStyles = makeStyles({
  stats: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: tokens.spacingVerticalXS },
  value: { fontWeight: tokens.fontWeightSemibold },
  bar: { display: 'flex', flexDirection: 'column', gap: '2px' },
});

/** One form's computed figures: 执行率, its score, 总分, grade, and the first-level scores as bars. */
export function FormSummary({ review }: { review: FormReview }) {
  const styles = useStyles();
  const { form, analysis } = review;
  const name =
    typeof form.name?.value === 'string' && form.name.value.trim() ? form.name.value.trim() : form.sheet;
  return (
    <Card size="small" aria-label={`${KIND_NAMES[form.kind]}：${name}`}>
      <CardHeader
        header={<Text weight="semibold">{name}</Text>}
        description={`${KIND_NAMES[form.kind]} · 工作表“${form.sheet}”`}
      />
      {form.kind !== 'basic' && (
        <>
          <div className={styles.stats}>
            <Text>执行率</Text>
            <Text className={styles.value} data-testid="rate">
              {showRate(analysis.execution.rate)}
            </Text>
            <Text>执行率得分</Text>
            <Text className={styles.value} data-testid="exec-score">
              {showScore(analysis.execution.score)}
            </Text>
            <Text>总分</Text>
            <Text className={styles.value} data-testid="total">
              {showScore(analysis.total)}
            </Text>
            <Text>等级</Text>
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
                    {LEVEL1_NAMES[category]} {showScore(level.score)} / {showScore(level.weight)}
                  </Text>
                  <ProgressBar
                    value={Math.min(level.score / level.weight, 1)}
                    thickness="large"
                    aria-label={`${LEVEL1_NAMES[category]}得分 ${showScore(level.score)}，满分 ${showScore(level.weight)}`}
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
