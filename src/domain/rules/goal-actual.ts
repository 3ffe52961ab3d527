import { isBlank } from '../cells';
import { SCORED_KINDS } from '../form';
import { formRule } from './types';

/** A form reported on (a result entered) states how its overall annual goal was met (domain.md §1.1). */
export const goalActual = formRule({
  id: 'goal-actual',
  scope: 'form',
  severity: 'warning',
  title: '年度总体目标完成情况未填写',
  titleEn: 'Overall goal: what was achieved is empty',
  rationale:
    '自评表的年度总体目标要与实际完成情况对照填写，只填指标而不写总体完成情况，无法判断目标是否实现。',
  source: 'domain.md §1.1；财预〔2020〕10号附件（项目支出绩效自评表）',
  kinds: SCORED_KINDS,
  messages: ['goal-actual.missing'],
  check({ form, analysis, report }) {
    const actual = form.goals?.actual;
    // A blank template is not yet reported on: only a form with a result entered must say it.
    const reported = analysis.indicators.some((indicator) => indicator.result.kind !== 'empty');
    if (!actual || !isBlank(actual) || !reported) return;
    report({ cell: actual, messageId: 'goal-actual.missing' });
  },
});
