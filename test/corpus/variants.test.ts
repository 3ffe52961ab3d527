/**
 * Every layout variant the vocabulary reads is shown by real forms of the corpus, not only by our own
 * fixtures: each variant below names what a table must hold to show it.
 */
import { labelKey } from '../../src/domain';
import { FUND_COLUMNS, INDICATOR_COLUMNS, type Heading } from '../../src/forms/vocabulary';
import { readCorpus, type CorpusTable } from './format';

const tables = readCorpus();
const cells = (t: CorpusTable): string[] => t.rows.flat().map((c) => c.replace(/\s+/g, ''));
const has = (pattern: RegExp) => (t: CorpusTable) => cells(t).some((c) => pattern.test(c));

const VARIANTS: readonly (readonly [string, (t: CorpusTable) => boolean])[] = [
  ['a result column headed 全年实际值', has(/^全年实际值/)],
  ['a result column headed 完成值 / 全年完成值 / 实际完成值', has(/^(全年)?完成值$|^全年实际完成值$/)],
  ['template lines 指标1 / 指标2 / ……', (t) => has(/^指标\d[:：]?$/)(t) && has(/^[.…]+$/)(t)],
  ['breakdown rows 其中… under ★ indicators', (t) => has(/^★/)(t) && has(/^其中/)(t)],
  ['a target split over 指标性质 | 指标值 | 度量单位', (t) => has(/^指标性质$/)(t) && has(/^度量单位$/)(t)],
  ['a footer row 其他需要说明事项', has(/^其他需要说明事项$/)],
  [
    'Sichuan’s 预算执行情况 block with 调整后预算数 and a row 总额',
    (t) => has(/^调整后预算数$/)(t) && has(/^总额$/)(t),
  ],
  [
    'an indicator named 预算执行率',
    (t) => t.rows.some((r) => r.slice(2, 4).some((c) => /^预算执行率$/.test(c))),
  ],
  [
    'a fund row’s 分值 typed as 100',
    (t) => t.rows.some((r) => r.some((c) => /资金总额/.test(c)) && r.includes('100')),
  ],
  ['a fund block with no 全年预算数 (年初预算数(A) | 全年执行数(B))', has(/^年初预算数\(A\)$/)],
  ['a 执行率 scored out of 20', has(/20分\*执行率/)],
  ['a deadline target', has(/^\d{1,2}月前$|年\d{1,2}月$/)],
  ['a compound unit', has(/元\/(人|户)[*·]/)],
  ['a 基础数据表 whose 公用经费 exceeds its 其中 rows', (t) => t.kind === 'basic' && has(/^公用经费$/)(t)],
  ['a transfer-payment self-evaluation', (t) => t.kind === 'transfer'],
  ['a scored rubric with 评分标准 / 计分标准', (t) => t.kind === 'rubric' && has(/评分标准|计分标准/)(t)],
  ['an empty 主管部门', (t) => t.rows.some((r) => r[0] === '主管部门' && (r[1] === '' || r[1] === '←'))],
  ['the unit’s name under a label 部门', (t) => t.rows.some((r) => r[0] === '部门')],
  ['a fund block whose labels stand down a column (区域绩效目标自评表)', has(/^转移支付预算数/)],
  ['the special-bond form’s 总体支出进度 (实际支出金额 ÷ 下达额度)', has(/^下达额度$/)],
  ['a partial result (基本完成 …)', has(/^基本完成/)],
];

describe('layout variants shown by real forms', () => {
  it.each(VARIANTS)('%s', (_name, shows) => {
    expect(tables.filter(shows).map((t) => t.id).length).toBeGreaterThan(0);
  });
});

describe('the vocabulary names real forms for every heading beyond the national form', () => {
  const byId = new Map(tables.map((t) => [t.id, t]));
  const specs = { ...FUND_COLUMNS, ...INDICATOR_COLUMNS };
  const cases = Object.entries(specs).flatMap(([column, spec]) =>
    spec.headings.flatMap((heading: Heading) =>
      (heading.seenIn ?? []).map(
        (id) => [`${column}: ${String(heading.key)} in ${id}`, heading, id] as const,
      ),
    ),
  );
  it.each(cases)('%s', (_name, heading, id) => {
    const table = byId.get(id);
    expect(table).toBeDefined();
    const keys = (table?.rows ?? []).flat().map(labelKey);
    expect(
      keys.some((key) => (typeof heading.key === 'string' ? key === heading.key : heading.key.test(key))),
    ).toBe(true);
  });
});
