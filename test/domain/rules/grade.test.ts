import type { Form } from '../../../src/domain/form';
import { GUANGXI, HEBEI_LOCAL, NATIONAL } from '../../../src/domain/profiles/builtin';
import { grade } from '../../../src/domain/rules/grade';
import { cleanForm, type CellInput } from '../helpers/form-builder';
import { ruleTester } from '../helpers/rule-tester';

/** A clean form whose 总分 row states this score and grade; the grade cell is I27. */
function stated(score: CellInput | undefined, gradeText: CellInput): Form {
  return cleanForm({ total: { weight: 100, ...(score === undefined ? {} : { score }), grade: gradeText } });
}

const GRADE = { cell: 'I27', messageId: 'grade.mismatch', severity: 'warning' } as const;

ruleTester(grade, {
  valid: [
    { name: 'national: 100 → 优', forms: stated(100, '优') },
    { name: 'national: exactly 90 → 优', forms: stated(90, '优') },
    { name: 'national: 89.99 → 良', forms: stated(89.99, '良') },
    { name: 'national: 80 → 良', forms: stated(80, '良') },
    { name: 'national: 60 → 中', forms: stated(60, '中') },
    { name: 'national: 59.5 → 差', forms: stated(59.5, '差') },
    { name: 'national: the total typed as text', forms: stated('92.5', '优') },
    { name: 'national: surrounding spaces in the grade cell', forms: stated(95, ' 优 ') },
    { name: 'guangxi uses the national bands', forms: stated(85, '良'), profile: GUANGXI },
    { name: 'hebei-local (S-003): 98 → 优秀', forms: stated(98, '优秀'), profile: HEBEI_LOCAL },
    { name: 'hebei-local: exactly 85 → 优秀', forms: stated(85, '优秀'), profile: HEBEI_LOCAL },
    { name: 'hebei-local: 75 → 良好', forms: stated(75, '良好'), profile: HEBEI_LOCAL },
    { name: 'hebei-local: 60 → 一般', forms: stated(60, '一般'), profile: HEBEI_LOCAL },
    { name: 'hebei-local: 50 → 较差', forms: stated(50, '较差'), profile: HEBEI_LOCAL },
    // Another province's name of the same band is no mismatch: a false alarm costs more than a miss.
    { name: 'national: a local name of the band (优秀) for 98', forms: stated(98, '优秀') },
    { name: 'hebei-local: the national name (优) for 98', forms: stated(98, '优'), profile: HEBEI_LOCAL },
    { name: 'national: 一般 for 70 (the band 中)', forms: stated(70, '一般') },
    { name: 'national: 优秀等级 for 95', forms: stated(95, '优秀等级') },
    { name: 'an empty grade cell is not checked', forms: stated(85, null) },
    { name: 'a grade cell of spaces is not checked', forms: stated(85, '   ') },
    { name: 'a form without a 总分 row', forms: cleanForm({ total: undefined }) },
    { name: 'no stated 总分: the computed one (100) is used', forms: stated(undefined, '优') },
    {
      name: 'no 总分 stated and nothing to compute from',
      forms: cleanForm({ execution: undefined, indicators: [], total: { weight: 100, grade: '优' } }),
    },
  ],
  invalid: [
    { name: 'national: 85 stated as 优', forms: stated(85, '优'), findings: [GRADE] },
    {
      name: 'national: 89.99 stated as 优 (just below the band)',
      forms: stated(89.99, '优'),
      findings: [GRADE],
    },
    { name: 'national: 59.99 stated as 中', forms: stated(59.99, '中'), findings: [GRADE] },
    {
      name: 'hebei-local: 84.5 stated as 优秀 (should be 良好)',
      forms: stated(84.5, '优秀'),
      profile: HEBEI_LOCAL,
      findings: [GRADE],
    },
    { name: 'national: 优秀 for 85 (band 良)', forms: stated(85, '优秀'), findings: [GRADE] },
    {
      name: 'hebei-local: 88 stated with the national 良',
      forms: stated(88, '良'),
      profile: HEBEI_LOCAL,
      findings: [GRADE],
    },
    {
      name: 'no stated 总分: computed 70 (效益 row scored 0) stated as 优',
      forms: cleanForm({
        indicators: [
          ['产出指标', '数量指标', '培训人数', '≥100人', '120人', 20, 20, '报名踊跃，年初指标设定偏低'],
          ['', '质量指标', '合格率', '≥95%', '98%', 10, 10],
          ['', '时效指标', '按时完成率', '100%', '100%', 10, 10],
          ['', '成本指标', '成本控制', '≤100万元', '96万元', 10, 10],
          ['效益指标', '社会效益指标', '服务群众', '显著提升', '未达成', 30, 0, '宣传不足'],
          ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%', 10, 10],
        ],
        total: { weight: 100, grade: '优' },
      }),
      findings: [GRADE],
    },
    {
      name: 'national bands apply by default (NATIONAL passed explicitly)',
      forms: stated(70, '良'),
      profile: NATIONAL,
      findings: [GRADE],
    },
  ],
});
