import { NATIONAL } from '../../../src/domain/profiles/builtin';
import { review } from '../../../src/domain/review';
import { reportConsistency } from '../../../src/domain/rules/report-consistency';
import { statementsOf } from '../../../src/domain/statements';
import { cleanForm } from '../helpers/form-builder';

/** The clean form: 执行率 100 %, 总分 100, 优 (H24 and I24 on its total row). */
const form = cleanForm();

function findings(document: string) {
  return review([form], NATIONAL, { rules: [reportConsistency], document }).findings;
}

describe('report-consistency', () => {
  it('reads the statements reports make of their numbers, and leaves those about a part alone', () => {
    const text =
      '（一）部门整体绩效自评得分：97.5分。2022年度部门整体支出总预算为5,431.28万元，资金执行率为100%；' +
      '其中，基本支出预算总额为2,033.69万元，资金执行率为98%。整体支出绩效最终得分“98”分，绩效评价等级为“优秀”。';
    expect(statementsOf(text).map((s) => [s.kind, s.value])).toEqual([
      ['total', 97.5],
      ['total', 98],
      ['rate', 1],
      ['grade', '优秀'],
      ['budget', 5431.28],
    ]);
  });

  it('reads amounts in 万元 or 元, and their precision from the digits written', () => {
    const text =
      '2022年项目实际支出107.43万元，预算执行率为99.8%。全年预算数为1,074,300元。' +
      '项目支出预算总额为3,397.59万元，实际执行总金额为3,397.59万元。';
    expect(statementsOf(text).map((s) => [s.kind, s.value, s.tolerance])).toEqual([
      ['rate', 0.998, 0.0005],
      ['budget', 107.43, 0.005],
      ['spent', 107.43, 0.005],
    ]);
  });

  it('finds nothing when the report agrees with its table, 优秀 for 优 included', () => {
    expect(findings('绩效自评得分100分，预算执行率为100%，自评等级为“优秀”。')).toEqual([]);
    // No report text, nothing to compare.
    expect(review([form], NATIONAL, { rules: [reportConsistency] }).findings).toEqual([]);
  });

  it('says so when the report states another 自评得分, rate or grade than its table', () => {
    const found = findings('部门整体绩效自评得分：97.5分。资金执行率为80%。自评等级为“良”。');
    // In the order of their cells: 执行率 (row 4), then 总分 and the grade on the total row.
    expect(found.map((f) => f.messageId)).toEqual([
      'report-consistency.rate',
      'report-consistency.total',
      'report-consistency.grade',
    ]);
    expect(found[1]?.message).toBe(
      '报告正文写“自评得分:97.5分”，而自评表的总分为 100 分；请核对报告与表格，使二者一致。',
    );
    expect(found.every((f) => f.severity === 'warning' && f.cell !== null)).toBe(true);
  });

  it('says nothing of a 自评得分 or grade when the table has none to hold it to (scores not filled in)', () => {
    const unscored = cleanForm({
      indicators: [
        ['产出指标', '数量指标', '培训人数', '≥100人', '120人', 50, null],
        ['效益指标', '社会效益指标', '服务群众', '显著提升', '显著提升', 30, null],
        ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%', 10, null],
      ],
      total: { weight: 100, score: null, grade: null },
    });
    const found = review([unscored], NATIONAL, {
      rules: [reportConsistency],
      document: '部门整体绩效自评得分：95分，自评等级为“优”。',
    }).findings;
    expect(found).toEqual([]);
  });

  it('compares the amounts a report states with every amount of the fund block', () => {
    // The clean form's block: 年初 100, 全年 100, 执行 100 万元.
    expect(findings('全年预算数为100万元，实际执行金额为1,000,000元，执行率为100%。')).toEqual([]);
    // Written with fewer decimals, compared to that precision: 100.4 is “100”.
    expect(findings('总预算约为100万元。')).toEqual([]);
    const found = findings('部门整体支出总预算为120万元，实际执行金额为95.5万元。');
    expect(found.map((f) => f.messageId)).toEqual(['report-consistency.budget', 'report-consistency.spent']);
    expect(found[0]?.message).toBe(
      '报告正文写“总预算为120万元”，而自评表的全年预算数为 100.00 万元；请核对报告与表格，使二者一致。',
    );
  });

  it('a figure written rounded is not a difference: 97.46 分 is “97.5分”', () => {
    expect(statementsOf('自评得分97.5分').map((s) => s.tolerance)).toEqual([0.05]);
  });
});
