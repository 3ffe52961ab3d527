import fc from 'fast-check';
import {
  describeValue,
  hasComparator,
  normalizeText,
  parseValue,
  toHalfWidth,
} from '../../../src/domain/values';
import type { Comparator, ParsedValue } from '../../../src/domain/values';
import { parseNumericFull, parseSimpleNumeric } from '../../../src/domain/values/parse';
import { KNOWN_UNITS } from '../../../src/domain/values/units';

interface NumberCase {
  readonly input: string;
  readonly amount: number;
  readonly unit: string | null;
  readonly family: string | null;
  readonly base: number;
  readonly comparator?: Comparator | null;
  readonly approximate?: boolean;
  readonly text?: string;
}

const NUMBERS: readonly NumberCase[] = [
  // domain.md §6 and seed 004.
  { input: '139处', amount: 139, unit: '处', family: '处', base: 139 },
  { input: '270场次', amount: 270, unit: '场次', family: '场次', base: 270 },
  { input: '70人', amount: 70, unit: '人', family: '人', base: 70 },
  { input: '19000人', amount: 19000, unit: '人', family: '人', base: 19000 },
  { input: '120余家', amount: 120, unit: '家', family: '家', base: 120, comparator: '>=', approximate: true },
  {
    input: '近19000人',
    amount: 19000,
    unit: '人',
    family: '人',
    base: 19000,
    comparator: '<',
    approximate: true,
  },
  { input: '100％', amount: 100, unit: '%', family: 'percent', base: 1, text: '100%' },
  { input: '１００％', amount: 100, unit: '%', family: 'percent', base: 1, text: '100%' },
  { input: '0%', amount: 0, unit: '%', family: 'percent', base: 0 },
  { input: '98%', amount: 98, unit: '%', family: 'percent', base: 0.98 },
  { input: '≥95%', amount: 95, unit: '%', family: 'percent', base: 0.95, comparator: '>=' },
  { input: '≤5%', amount: 5, unit: '%', family: 'percent', base: 0.05, comparator: '<=' },
  { input: '5%以下', amount: 5, unit: '%', family: 'percent', base: 0.05, comparator: '<=' },
  { input: '95%以上', amount: 95, unit: '%', family: 'percent', base: 0.95, comparator: '>=' },
  { input: '≥90％', amount: 90, unit: '%', family: 'percent', base: 0.9, comparator: '>=', text: '≥90%' },
  { input: '＞90％', amount: 90, unit: '%', family: 'percent', base: 0.9, comparator: '>' },
  { input: '≧90%', amount: 90, unit: '%', family: 'percent', base: 0.9, comparator: '>=' },
  { input: '≦5%', amount: 5, unit: '%', family: 'percent', base: 0.05, comparator: '<=' },
  { input: '>=90%', amount: 90, unit: '%', family: 'percent', base: 0.9, comparator: '>=', text: '≥90%' },
  { input: '=<5%', amount: 5, unit: '%', family: 'percent', base: 0.05, comparator: '<=' },
  { input: '≥ 95 %', amount: 95, unit: '%', family: 'percent', base: 0.95, comparator: '>=' },
  { input: '达到≥90%', amount: 90, unit: '%', family: 'percent', base: 0.9, comparator: '>=' },
  { input: '社会稳定率达到≥90%', amount: 90, unit: '%', family: 'percent', base: 0.9, comparator: '>=' },
  { input: '满意度不低于90%', amount: 90, unit: '%', family: 'percent', base: 0.9, comparator: '>=' },
  { input: '1亿元', amount: 1, unit: '亿元', family: 'money', base: 1e8 },
  { input: '2706.79万元', amount: 2706.79, unit: '万元', family: 'money', base: 27067900 },
  { input: '942.79', amount: 942.79, unit: null, family: null, base: 942.79 },
  { input: '1.37万平方米', amount: 13700, unit: '平方米', family: 'area', base: 13700 },
  { input: '4496平方米', amount: 4496, unit: '平方米', family: 'area', base: 4496 },
  {
    input: '2.6万余份',
    amount: 26000,
    unit: '份',
    family: '份',
    base: 26000,
    comparator: '>=',
    approximate: true,
  },
  {
    input: '5万余元',
    amount: 50000,
    unit: '元',
    family: 'money',
    base: 50000,
    comparator: '>=',
    approximate: true,
  },
  { input: '1.2亿人次', amount: 1.2e8, unit: '人次', family: '人次', base: 1.2e8 },
  // Zero targets.
  { input: '0起', amount: 0, unit: '起', family: '起', base: 0 },
  { input: '=0', amount: 0, unit: null, family: null, base: 0, comparator: '=' },
  { input: '＝0', amount: 0, unit: null, family: null, base: 0, comparator: '=' },
  { input: '≤0', amount: 0, unit: null, family: null, base: 0, comparator: '<=' },
  // Comparator words in front and behind.
  { input: '不少于100人', amount: 100, unit: '人', family: '人', base: 100, comparator: '>=' },
  { input: '达到100人', amount: 100, unit: '人', family: '人', base: 100, comparator: '>=' },
  { input: '超过100人', amount: 100, unit: '人', family: '人', base: 100, comparator: '>' },
  { input: '不超过5%', amount: 5, unit: '%', family: 'percent', base: 0.05, comparator: '<=' },
  { input: '不高于5%', amount: 5, unit: '%', family: 'percent', base: 0.05, comparator: '<=' },
  { input: '控制在5%以内', amount: 5, unit: '%', family: 'percent', base: 0.05, comparator: '<=' },
  { input: '低于3次', amount: 3, unit: '次', family: '次', base: 3, comparator: '<' },
  { input: '约100人', amount: 100, unit: '人', family: '人', base: 100, comparator: null, approximate: true },
  {
    input: '100人左右',
    amount: 100,
    unit: '人',
    family: '人',
    base: 100,
    comparator: null,
    approximate: true,
  },
  { input: '100多人', amount: 100, unit: '人', family: '人', base: 100, comparator: '>=', approximate: true },
  { input: '100人以上', amount: 100, unit: '人', family: '人', base: 100, comparator: '>=' },
  { input: '100人及以上', amount: 100, unit: '人', family: '人', base: 100, comparator: '>=' },
  { input: '10天以内', amount: 10, unit: '天', family: 'day', base: 10, comparator: '<=' },
  { input: '5天内', amount: 5, unit: '天', family: 'day', base: 5, comparator: '<=' },
  { input: '5个工作日', amount: 5, unit: '个工作日', family: '工作日', base: 5 },
  { input: '满意度为95%', amount: 95, unit: '%', family: 'percent', base: 0.95, comparator: null },
  { input: '共4496平方米', amount: 4496, unit: '平方米', family: 'area', base: 4496, comparator: null },
  // Signs, separators, per-mille, rates, unknown units.
  { input: '-5', amount: -5, unit: null, family: null, base: -5 },
  { input: '−5%', amount: -5, unit: '%', family: 'percent', base: -0.05 },
  { input: '－3.5', amount: -3.5, unit: null, family: null, base: -3.5 },
  { input: '1,234.5', amount: 1234.5, unit: null, family: null, base: 1234.5 },
  { input: '１，２３４万元', amount: 1234, unit: '万元', family: 'money', base: 12340000 },
  { input: '1 234', amount: 1234, unit: null, family: null, base: 1234 },
  { input: '12,345,678元', amount: 12345678, unit: '元', family: 'money', base: 12345678 },
  { input: '5‰', amount: 0.5, unit: '%', family: 'percent', base: 0.005 },
  { input: '5万元/年', amount: 5, unit: '万元/年', family: 'money/年', base: 50000 },
  { input: '100m²', amount: 100, unit: 'm²', family: 'area', base: 100 },
  { input: '3公里', amount: 3, unit: '公里', family: 'length', base: 3000 },
  { input: '5艘', amount: 5, unit: '艘', family: '艘', base: 5 },
  { input: '19000人(超额完成)', amount: 19000, unit: '人', family: '人', base: 19000 },
  { input: ' 139处。\n', amount: 139, unit: '处', family: '处', base: 139, text: '139处。' },
];

describe('parseValue: numbers', () => {
  it.each(NUMBERS)('$input', (c) => {
    const v = parseValue(c.input);
    expect(v.kind).toBe('number');
    if (v.kind !== 'number') return;
    expect(v.amount).toBe(c.amount);
    expect(v.unit).toBe(c.unit);
    expect(v.family).toBe(c.family);
    expect(v.base).toBeCloseTo(c.base, 10);
    expect(v.comparator).toBe(c.comparator ?? null);
    expect(v.approximate).toBe(c.approximate ?? false);
    expect(v.percent).toBe(c.unit === '%');
    if (c.text !== undefined) expect(v.text).toBe(c.text);
  });

  it('records what the comparator was read from', () => {
    const fromSign = parseValue('社会稳定率达到≥90%');
    const fromWord = parseValue('通过率达100%');
    expect(fromSign.kind === 'number' && fromSign.comparatorText).toBe('≥');
    expect(fromWord.kind === 'number' && fromWord.comparator).toBe('>=');
    expect(fromWord.kind === 'number' && fromWord.comparatorText).toBe('达');
  });

  it('rejects comparators that disagree', () => {
    expect(parseValue('≥5%以下')).toMatchObject({
      kind: 'unparsed',
      reason: 'value.conflicting-comparators',
    });
  });
});

describe('parseValue: JS numbers', () => {
  it('reads a plain number', () => {
    expect(parseValue(942.79)).toMatchObject({ kind: 'number', amount: 942.79, unit: null, base: 942.79 });
    expect(parseValue(-3)).toMatchObject({ kind: 'number', amount: -3 });
    expect(parseValue(0)).toMatchObject({ kind: 'number', amount: 0, comparator: null });
  });

  it('reads a percent-formatted number as a percentage', () => {
    expect(parseValue(0.95, { percentFormat: true })).toMatchObject({
      kind: 'number',
      amount: 95,
      percent: true,
      unit: '%',
      family: 'percent',
      base: 0.95,
      text: '95%',
    });
    expect(parseValue(0.07, { percentFormat: true })).toMatchObject({ amount: 7, base: 0.07 });
    expect(parseValue(1, { percentFormat: true })).toMatchObject({ amount: 100, base: 1 });
  });

  it.each([NaN, Infinity, -Infinity])('%p is unparsed', (n) => {
    expect(parseValue(n)).toMatchObject({ kind: 'unparsed', reason: 'value.not-finite' });
  });

  it('leaves booleans unparsed', () => {
    expect(parseValue(true)).toMatchObject({ kind: 'unparsed', reason: 'value.boolean' });
  });
});

describe('parseValue: empty and not applicable', () => {
  it.each([null, undefined, '', '   ', '\u3000', '\n\t'])('%p is empty', (input) => {
    expect(parseValue(input)).toEqual({ kind: 'empty', text: '' });
  });

  it.each(['不适用', '/', '／', '—', '——', '-', '--', '－', '（不适用）', 'N/A', '不涉及'])(
    '%p does not apply',
    (input) => {
      expect(parseValue(input).kind).toBe('not-applicable');
    },
  );

  it('does not treat 无 as not applicable', () => {
    expect(parseValue('无').kind).toBe('qualitative');
  });
});

describe('parseValue: budget references', () => {
  it.each([
    ['不超过年初预算投入', 'initial'],
    ['不超当年预算', 'annual'],
    ['控制在预算以内', 'annual'],
    ['不超过全年预算数', 'annual'],
    ['在年初预算范围内', 'initial'],
  ] as const)('%s → %s', (input, budget) => {
    expect(parseValue(input)).toEqual({ kind: 'budget-ref', text: input, budget, comparator: '<=' });
  });

  it('a mention of 预算 without a limit is no reference', () => {
    expect(parseValue('预算执行率≥90%')).toMatchObject({ kind: 'number', amount: 90, comparator: '>=' });
    expect(parseValue('编制预算').kind).toBe('qualitative');
  });
});

describe('parseValue: several numbers', () => {
  it.each(['139处，共4496平方米', '3-5天', '90%-95%', '1.2.3', '1、2、3项', '2023年12月31日至2024年1月'])(
    '%s',
    (input) => {
      expect(parseValue(input)).toMatchObject({ kind: 'unparsed', reason: 'value.several-numbers' });
    },
  );
});

describe('parseValue: qualitative', () => {
  it.each([
    ['每月完成', 'achieved'],
    ['每周五下午', null],
    ['显著加强', 'achieved'],
    ['努力打造', null],
    ['制定方案', 'achieved'],
    ['已完成', 'achieved'],
    ['全部完成', 'achieved'],
    ['按时完成', 'achieved'],
    ['在全区走在前列', 'achieved'],
    ['制定了“七联七包”实施方案', 'achieved'],
    ['良好', 'achieved'],
    ['优秀', 'achieved'],
    ['未完成', 'not-achieved'],
    ['未达成', 'not-achieved'],
    ['未达到', 'not-achieved'],
    ['没有完成', 'not-achieved'],
    ['未实现', 'not-achieved'],
    ['尚未完成', 'not-achieved'],
    ['未开展', 'not-achieved'],
    ['效果较差', 'not-achieved'],
    ['未达到≥90%', 'not-achieved'],
    ['部分完成', 'partial'],
    ['部分达成', 'partial'],
    ['基本完成', 'partial'],
    ['基本达成', 'partial'],
    ['进度滞后', 'partial'],
    ['推进中', 'partial'],
    ['正在推进', 'partial'],
    ['有待提高', 'partial'],
    ['未全部完成', 'partial'],
    // Not shortfalls.
    ['未发生', 'achieved'],
    ['全年未发生安全事故', 'achieved'],
    ['无安全事故', null],
    ['零事故', 'achieved'],
    ['无滞后', null],
    ['无', null],
    ['持续推进', null],
    ['完成70人', 'achieved'],
  ] as const)('%s → %s', (input, achievement) => {
    expect(parseValue(input)).toEqual({ kind: 'qualitative', text: input, achievement });
  });
});

describe('normalizeText', () => {
  it('folds full-width forms and whitespace', () => {
    expect(toHalfWidth('１００％（ＡＢ）＋－，．')).toBe('100%(AB)+-,.');
    expect(normalizeText('  ≧ ９０％\n以上\u3000 ')).toBe('≥ 90% 以上');
    expect(normalizeText('≦5 =< 6 <= 7 >= 8 => 9')).toBe('≤5 ≤ 6 ≤ 7 ≥ 8 ≥ 9');
    expect(normalizeText('＞ ＜ ＝')).toBe('> < =');
    // Small form variants, as a page converted to traditional characters prints them (yunnan-2020-gucheng).
    expect(normalizeText('\uFE66 100 %')).toBe('= 100 %');
    expect(normalizeText('\uFE64\uFE665')).toBe('≤5');
    expect(normalizeText('\uFE65\uFE6690')).toBe('≥90');
    expect(normalizeText('a\u200Bb')).toBe('ab');
  });

  it('changes nothing it need not, and takes its shortcut only then (checked against the full folding)', () => {
    const full = (s: string): string =>
      toHalfWidth(s)
        .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/<=|=</g, '≤')
        .replace(/>=|=>/g, '≥');
    const pieces = [
      '≥',
      '90',
      '%',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00A0',
      '\u3000',
      '＞',
      '<',
      '=',
      '>',
      '\u200B',
      '人',
      'a',
      '≧',
      '\uFE66',
      '\uFE64',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(normalizeText(text)).toBe(full(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (text) => {
        expect(normalizeText(text)).toBe(full(text));
      }),
    );
  });
});

describe('hasComparator and describeValue', () => {
  const cases: ReadonlyArray<readonly [string, boolean, string]> = [
    ['≥95%', true, '≥95%'],
    ['98%', false, '98%'],
    ['120余家', true, '≥120家'],
    ['约100人', false, '约100人'],
    ['不超过年初预算投入', true, '≤年初预算数'],
    ['不适用', false, '不适用'],
    ['已完成', false, '已完成'],
    ['', false, ''],
  ];
  it.each(cases)('%s', (input, comparator, described) => {
    const v: ParsedValue = parseValue(input);
    expect(hasComparator(v)).toBe(comparator);
    expect(describeValue(v)).toBe(described);
  });
});

describe('the shortcut for the commonest values', () => {
  it('reads exactly what the full grammar reads, for every known unit, symbol and kind of number', () => {
    const numbers = ['0', '7', '95', '100', '12366', '2706.79', '0.5', '007', '1.370'];
    let taken = 0;
    for (const sym of ['', '≥', '>', '≤', '<', '='])
      for (const num of numbers)
        for (const unit of ['', '%', ...KNOWN_UNITS]) {
          const text = `${sym}${num}${unit}`;
          const fast = parseSimpleNumeric(text);
          if (fast) taken++;
          if (fast) expect([text, fast]).toEqual([text, parseNumericFull(text)]);
        }
    // All of them take the shortcut but per-mille (converted to %) and 万/亿 units (`万平方米` multiplies).
    const units = ['', '%', ...KNOWN_UNITS].filter((unit) => unit !== '‰' && !/^[万亿](?!元)/u.test(unit));
    expect(taken).toBe(6 * numbers.length * units.length);
  });

  it('leaves everything else to the full grammar', () => {
    for (const text of [
      '≈95%',
      '-5%',
      '1,000人',
      '5万',
      '120余家',
      '5%以下',
      '近19000人',
      '12艘',
      '95 %',
      '≥95%以上',
    ])
      expect([text, parseSimpleNumeric(text)]).toEqual([text, null]);
  });
});

describe('parseValue: dates and deadlines', () => {
  it.each([
    ['9月前', { comparator: '<=', year: null, month: 9, day: 31 }],
    ['2024年12月31日前', { comparator: '<=', year: 2024, month: 12, day: 31 }],
    ['截至2023年12月31日', { comparator: '<=', year: 2023, month: 12, day: 31 }],
    ['12月底前完成', { comparator: '<=', year: null, month: 12, day: 31 }],
    ['年底前', { comparator: '<=', year: null, month: 12, day: 31 }],
    ['2023年10月', { comparator: null, year: 2023, month: 10, day: 31 }],
    ['7月', { comparator: null, year: null, month: 7, day: 31 }],
    ['2021年12月完成', { comparator: null, year: 2021, month: 12, day: 31 }],
    ['2023-10-20', { comparator: null, year: 2023, month: 10, day: 20 }],
    ['完成时间为2022年12月30日', { comparator: null, year: 2022, month: 12, day: 30 }],
    ['2021年底', { comparator: '<=', year: 2021, month: 12, day: 31 }],
  ])('%s', (input, expected) => {
    expect(parseValue(input)).toMatchObject({ kind: 'date', ...expected });
  });

  it.each(['13月', '9月份的工作', '12个月', '6月1日至9月30日'])('%s is no date', (input) => {
    expect(parseValue(input).kind).not.toBe('date');
  });
});

describe('parseValue: what results say of partial work', () => {
  it.each(['部分建立', '基本完成', '初步建成', '建设中', '正在建设', '未完工'])('%s is partial', (input) => {
    expect(parseValue(input)).toMatchObject({ kind: 'qualitative', achievement: 'partial' });
  });
  it.each(['已建立', '全面完成', '基本公共服务均等化'])('%s is not partial', (input) => {
    expect(parseValue(input)).not.toMatchObject({ achievement: 'partial' });
  });
});

describe('parseValue: compound units', () => {
  it.each([
    ['≥530元/人*月', 530, '元/人*月'],
    ['583元/人*月', 583, '元/人*月'],
    ['≤5300元/户·年', 5300, '元/户·年'],
    ['12人次/年', 12, '人次/年'],
  ])('%s', (input, amount, unit) => {
    expect(parseValue(input)).toMatchObject({ kind: 'number', amount, unit });
  });
});
