import type { Form } from '../../../src/domain/form';
import { HEBEI_LOCAL } from '../../../src/domain/profiles/builtin';
import { deviationCause } from '../../../src/domain/rules/deviation-cause';
import { buildForm, cleanForm, type CellInput } from '../helpers/form-builder';
import { ruleTester, type InvalidCase } from '../helpers/rule-tester';

/** A form with one indicator row (sheet row 21: target E21, result F21, score H21, cause I21). */
function oneRow(
  name: string,
  target: CellInput,
  result: CellInput,
  weight: CellInput,
  score: CellInput,
  cause: CellInput = '',
): Form {
  return buildForm({
    name: '示例项目',
    execution: { initial: 100, budget: 100, spent: 100, weight: 10, rate: '100%', score: 10 },
    indicators: [['产出指标', '数量指标', name, target, result, weight, score, cause]],
  });
}

const LOST = { cell: 'I21', messageId: 'deviation-cause.lost-points', severity: 'error' } as const;
const SHORT = { cell: 'I21', messageId: 'deviation-cause.shortfall', severity: 'error' } as const;

/** domain.md §5: none of these is a real cause. */
const PLACEHOLDERS: readonly (readonly [string, CellInput])[] = [
  ['empty', ''],
  ['null', null],
  ['无', '无'],
  ['无。', '无。'],
  ['/', '/'],
  ['full-width ／', '／'],
  ['-', '-'],
  ['—', '—'],
  ['——', '——'],
  ['暂无', '暂无'],
  ['没有', '没有'],
  ['同上', '同上'],
  ['spaces', '   '],
  ['ideographic space', '\u3000'],
];

const placeholderCases: InvalidCase[] = PLACEHOLDERS.map(([label, cause]) => ({
  name: `score 3 of 5 with cause ${label}`,
  forms: oneRow('培训人数', '≥100人', '60人', 5, 3, cause),
  findings: [LOST],
}));

ruleTester(deviationCause, {
  valid: [
    { name: 'a clean form: every row at full marks and on target', forms: cleanForm() },
    {
      name: 'lost points with a real cause',
      forms: oneRow('培训人数', '≥100人', '60人', 5, 3, '受疫情影响，部分培训延期至次年举办'),
    },
    {
      name: 'a measured shortfall with a real cause',
      forms: oneRow('信访积案化解率', '100%', '30%', 5, 5, '积案成因复杂，下年度逐案包保化解'),
    },
    { name: 'B above A on a higher-is-better row', forms: oneRow('培训人数', '≥100人', '110人', 5, 5) },
    { name: 'lower-is-better: B below A', forms: oneRow('投诉率', '≤5%', '3%', 5, 5) },
    { name: 'lower-is-better by name: B below A', forms: oneRow('投诉率', '5%', '2%', 5, 5) },
    // The 整体支出 form's 预算调整率 3 % → 0 and “三公”经费变动率: less is better (chongqing-2021 corpus form).
    { name: '预算调整率 by name: 0 against 3 %', forms: oneRow('预算调整率', '3%', '0', 2, 2) },
    { name: '“三公”经费变动率 by name: -5 % against 0', forms: oneRow('“三公”经费变动率', '0', '-5%', 2, 2) },
    { name: '设备闲置率 by name: 1 % against 5 %', forms: oneRow('设备闲置率', '5%', '1%', 2, 2) },
    { name: '= target met exactly', forms: oneRow('培训场次', '=12次', '12次', 5, 5) },
    { name: 'zero target met', forms: oneRow('安全事故发生数', '0起', '0起', 5, 5) },
    { name: '已完成 for 每月完成 (S-004)', forms: oneRow('补贴发放', '每月完成', '已完成', 4, 4) },
    { name: '已完成 for 每周五下午 (S-004)', forms: oneRow('能力培训', '每周五下午', '已完成', 5, 5) },
    {
      name: '在全区走在前列 for 努力打造 (S-004)',
      forms: oneRow('养老服务体系', '努力打造', '在全区走在前列', 6, 6),
    },
    { name: 'a result restating its target', forms: oneRow('职工能力培训', '显著加强', '显著加强', 6, 6) },
    {
      name: 'free text that says nothing of a shortfall is not guessed',
      forms: oneRow('宣传活动', '按计划实施', '按计划开展', 5, 5),
    },
    { name: 'a 不适用 row (S-004 生态效益)', forms: oneRow('不适用', '不适用', '不适用', null, null) },
    { name: 'a row marked / in target and result', forms: oneRow('生态效益', '/', '/', 5, 0) },
    {
      name: 'over-achievement is not a deviation-cause error',
      forms: oneRow('培训人数', '≥100人', '150人', 5, 5),
    },
    {
      name: 'score above weight is not a lost point (score-range reports it)',
      forms: oneRow('培训人数', '≥100人', '100人', 5, 6),
    },
    {
      name: 'score not stated: nothing to compare (required reports it)',
      forms: oneRow('培训人数', '≥100人', '100人', 5, null),
    },
    {
      name: 'S-004 cost row: 4 of 5 with a cause given',
      forms: buildForm({
        execution: { initial: 942.79, budget: 2706.79, spent: 2706.79, weight: 10, rate: '100%', score: 10 },
        indicators: [
          [
            '产出指标',
            '成本指标',
            '总成本控制',
            '不超过年初预算投入',
            '2706.79万元',
            5,
            4,
            '只做了年初在编人员的人员经费和公用经费预算，没有包含临聘人员的经费预算。',
          ],
        ],
      }),
    },
    {
      name: 'the rule does not depend on the profile (hebei-local)',
      forms: oneRow('培训人数', '≥100人', '100人', 5, 5),
      profile: HEBEI_LOCAL,
    },
  ],
  invalid: [
    ...placeholderCases,
    {
      name: 'S-001: 信访积案化解率 100 % → 30 % with full marks claimed',
      forms: oneRow('信访积案化解率', '100%', '30%', 5, 5),
      findings: [SHORT],
    },
    {
      name: 'S-001 with points lost: reported once, as lost points',
      forms: oneRow('信访积案化解率', '100%', '30%', 5, 1.5),
      findings: [LOST],
    },
    {
      name: 'lower-is-better (≤): B above A with full marks',
      forms: oneRow('投诉率', '≤5%', '8%', 5, 5),
      findings: [SHORT],
    },
    {
      name: 'lower-is-better by name: B above A with full marks',
      forms: oneRow('投诉率', '3%', '5%', 5, 5, '无'),
      findings: [SHORT],
    },
    {
      name: '= target: B unequal (above) A',
      forms: oneRow('培训场次', '=12次', '14次', 5, 5),
      findings: [SHORT],
    },
    {
      name: 'zero target: one accident',
      forms: oneRow('安全事故发生数', '0起', '1起', 5, 5),
      findings: [SHORT],
    },
    {
      name: 'higher-is-better: 95 % of ≥98 % with full marks',
      forms: oneRow('合格率', '≥98%', '95%', 5, 5, '/'),
      findings: [SHORT],
    },
    {
      name: 'qualitative: 部分完成 with full marks',
      forms: oneRow('方案落实', '按期完成', '部分完成', 5, 5),
      findings: [SHORT],
    },
    {
      name: 'qualitative: 基本完成 with full marks',
      forms: oneRow('方案落实', '按期完成', '基本完成', 5, 5),
      findings: [SHORT],
    },
    {
      name: 'qualitative: 未完成 with full marks',
      forms: oneRow('方案落实', '按期完成', '未完成', 5, 5),
      findings: [SHORT],
    },
    {
      name: 'a quantitative target with 部分完成 as result',
      forms: oneRow('培训人数', '≥100人', '部分完成', 5, 5),
      findings: [SHORT],
    },
    {
      name: 'qualitative 部分完成 scored 3 of 5: lost points',
      forms: oneRow('方案落实', '按期完成', '部分完成', 5, 3, '同上'),
      findings: [LOST],
    },
    {
      name: 'budget-ref target: 2706.79万元 spent against 942.79 年初预算 with full marks',
      forms: buildForm({
        execution: { initial: 942.79, budget: 2706.79, spent: 2706.79, weight: 10, rate: '100%', score: 10 },
        indicators: [['产出指标', '成本指标', '总成本控制', '不超过年初预算投入', '2706.79万元', 5, 5, '']],
      }),
      findings: [SHORT],
    },
    {
      name: 'two deviating rows, reported in row order; the on-target row between them is not',
      forms: buildForm({
        indicators: [
          ['产出指标', '数量指标', '培训人数', '≥100人', '60人', 5, 3, '无'],
          ['', '质量指标', '合格率', '≥95%', '98%', 5, 5, ''],
          ['', '时效指标', '按时完成率', '100%', '90%', 5, 5, '暂无'],
        ],
      }),
      findings: [LOST, { ...SHORT, cell: 'I23' }],
    },
  ],
});
