import type { Form } from '../../../src/domain/form';
import { typo } from '../../../src/domain/rules/typo';
import { seed004Overall } from '../fixtures/seed-004';
import { buildForm, cleanForm, type IndicatorInput } from '../helpers/form-builder';
import { ruleTester } from '../helpers/rule-tester';

/** A form with one indicator row at sheet row 21 (三级 D21, target E21, result F21, cause I21). */
function oneRow(row: IndicatorInput): Form {
  return buildForm({ name: '示例项目', indicators: [row] });
}

const TYPO = (cell: string) => ({ cell, messageId: 'typo.known', severity: 'info' }) as const;

ruleTester(typo, {
  valid: [
    { name: 'a clean form', forms: cleanForm() },
    {
      name: '安全生产 spelled right',
      forms: oneRow(['产出指标', '质量指标', '安全生产事故发生率', '0%', '0%', 4, 4, '']),
    },
    {
      name: 'a near miss that is no known typo (安全成效)',
      forms: oneRow(['产出指标', '质量指标', '安全成效', '显著', '显著', 4, 4]),
    },
    {
      name: 'numbers are not read as text',
      forms: oneRow(['产出指标', '数量指标', '培训人数', 100, 100, 4, 4]),
    },
    { name: 'a 基础数据表 with a correct name', forms: buildForm({ kind: 'basic', name: '望岳街道办事处' }) },
  ],
  invalid: [
    {
      name: 'S-004: 安全成产事故发生率 → 安全生产',
      forms: oneRow(['产出指标', '质量指标', '安全成产事故发生率', '0%', '0%', 4, 4, '']),
      findings: [TYPO('D21')],
    },
    { name: 'S-004 附件2 as typed', forms: seed004Overall(), findings: [TYPO('D27')] },
    {
      name: 'a typo in the cause',
      forms: oneRow([
        '产出指标',
        '数量指标',
        '培训人数',
        '≥100人',
        '80人',
        4,
        3,
        '预算执形进度慢，下年度提前谋划',
      ]),
      findings: [TYPO('I21')],
    },
    {
      name: 'a typo in the target and in the result',
      forms: oneRow([
        '满意度指标',
        '服务对象满意度指标',
        '服务对象满意度',
        '服物对象满意',
        '服物对象满意',
        10,
        10,
      ]),
      findings: [TYPO('E21'), TYPO('F21')],
    },
    {
      name: 'a typo in the project name',
      forms: cleanForm({ name: '安全成产专项经费' }),
      findings: [TYPO('B2')],
    },
    {
      name: 'a typo in the 年度总体目标',
      forms: { ...cleanForm(), goals: { expected: { row: 17, col: 2, value: '全面落实安全成产责任' } } },
      findings: [TYPO('C18')],
    },
    {
      name: 'two typos in one cell: two findings',
      forms: oneRow(['产出指标', '质量指标', '安全成产资金到为率', '100%', '100%', 4, 4]),
      findings: [TYPO('D21'), TYPO('D21')],
    },
    {
      name: 'misspellings that overlap (预算执形率 holds 预算执形 and 执形率): both found',
      forms: oneRow(['产出指标', '质量指标', '预算执形率', '100%', '100%', 4, 4]),
      findings: [TYPO('D21'), TYPO('D21')],
    },
    {
      name: 'a 基础数据表 name',
      forms: buildForm({ kind: 'basic', sheet: '附件1', name: '安全成产监督站' }),
      findings: [TYPO('B2')],
    },
  ],
});
