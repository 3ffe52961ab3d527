/** Property tests of the engine on random forms: it never breaks, and its numbers keep their bounds. */
import fc from 'fast-check';
import { analyzeForm } from '../../src/domain/analysis';
import type { CellValue, FormCell } from '../../src/domain/cells';
import type { BasicData, ExpenseLine, Form } from '../../src/domain/form';
import { BUILTIN_PROFILES } from '../../src/domain/profiles/builtin';
import type { ExecutionScoring, GradeBand, Profile } from '../../src/domain/profiles/types';
import { INTERNAL_ERROR, review } from '../../src/domain/review';
import { executionScore } from '../../src/domain/scoring/execution';
import { gradeFor } from '../../src/domain/scoring/grade';
import { buildForm, type CellInput, type IndicatorInput } from './helpers/form-builder';

const RUNS = { numRuns: 200 };

/** Random text without `{`, `}` or `@`, so a rendered message can be checked for leftover placeholders. */
const junk = fc
  .oneof(
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 8 }),
    fc.string({ unit: 'binary', maxLength: 8 }),
  )
  .map((s) => s.replace(/[{}@]/g, ''));

const LEVEL1 = [
  '产出指标',
  '效益指标',
  '满意度指标',
  '服务对象满意度指标',
  '产出指标（50分）',
  '效益',
  '满意度',
  '成本指标',
  '其他',
];
const LEVEL2 = [
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续影响指标',
  '服务对象满意度指标',
  '满意度',
  '效益指标',
];
const LEVEL3 = [
  '培训人数',
  '合格率',
  '赴省重访率',
  '投诉率',
  '安全事故发生率',
  '成本控制',
  '控制率',
  '信访积案化解率',
  '群众满意度',
  '安全成产',
  '不适用',
];
const VALUES = [
  '139处',
  '270场次',
  '19000人',
  '120余家',
  '近19000人',
  '100％',
  '１００％',
  '0%',
  '0起',
  '=0',
  '≤0',
  '≥95%',
  '≤5%',
  '5%以下',
  '95%以上',
  '1亿元',
  '2706.79万元',
  '1.37万平方米',
  '不超过年初预算投入',
  '不超当年预算',
  '每月完成',
  '每周五下午',
  '显著加强',
  '努力打造',
  '制定方案',
  '已完成',
  '未完成',
  '部分完成',
  '基本完成',
  '在全区走在前列',
  '不适用',
  '/',
  '—',
  '达到≥90％',
  '≥90%以下',
  '1,2,3',
  '1.2.3',
  '100人次',
  '-5%',
  '',
  '  ',
];

const label = (names: readonly string[]): fc.Arbitrary<CellInput> =>
  fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...names) },
    { weight: 2, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: junk },
  );

const HUGE = [1e15, 1e300, 9.99e307, Number.MAX_VALUE, -1e300, Number.MIN_VALUE];

/** Numbers as forms write them: whole or to 2 decimals, sometimes negative, and text that is not quite a number. */
const ordinary: fc.Arbitrary<CellInput> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -20, max: 120 }) },
  { weight: 2, arbitrary: fc.integer({ min: -5000, max: 20000 }).map((n) => n / 100) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'NaN',
      'Infinity',
      '1e308',
      '１０',
      '10分',
      '9.5',
      '-3',
      'abc',
      '',
      '100%',
      true,
      false,
    ),
  },
  { weight: 1, arbitrary: fc.constant(null) },
);

/** The same, plus huge numbers, non-finite numbers and doubles of any precision. */
const amount: fc.Arbitrary<CellInput> = fc.oneof(
  { weight: 6, arbitrary: ordinary },
  { weight: 2, arbitrary: fc.double({ min: -50, max: 200, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE) },
  { weight: 1, arbitrary: fc.constantFrom(NaN, Infinity, -Infinity, -0) },
);

const cause: fc.Arbitrary<CellInput> = fc.oneof(
  fc.constantFrom(
    null,
    '',
    '无',
    '/',
    '-',
    '—',
    '暂无',
    '没有',
    '同上',
    '  ',
    '报名踊跃，年初指标设定偏低',
    '资金缺口过大',
  ),
  junk,
);

const grade: fc.Arbitrary<CellInput> = fc.oneof(
  fc.constantFrom('优', '良', '中', '差', '优秀', '良好', '一般', '较差', '', null),
  junk,
);

/** Random forms of every kind, with numbers drawn from `number`. */
function formsWith(number: fc.Arbitrary<CellInput>) {
  const percentCell = fc.record({
    value: fc.double({ min: -2, max: 3, noNaN: true }),
    format: fc.constant('0.00%'),
  });
  const value: fc.Arbitrary<CellInput> = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...VALUES) },
    { weight: 2, arbitrary: junk },
    { weight: 1, arbitrary: number },
    { weight: 1, arbitrary: percentCell },
  );
  const rate: fc.Arbitrary<CellInput> = fc.oneof(
    number,
    fc.constantFrom('100%', '10%', '91%', '91.43%', '120%', '0%', 'abc'),
    percentCell,
  );
  const indicator: fc.Arbitrary<IndicatorInput> = fc.tuple(
    label(LEVEL1),
    label(LEVEL2),
    label(LEVEL3),
    value,
    value,
    number,
    number,
    cause,
  );
  const project: fc.Arbitrary<Form> = fc
    .record({
      kind: fc.constantFrom('project' as const, 'overall' as const),
      name: fc.oneof(fc.constantFrom('示例项目', '', null), junk),
      execution: fc.option(
        fc.record({ initial: number, budget: number, spent: number, weight: number, rate, score: number }),
        { nil: undefined },
      ),
      breakdowns: fc.array(
        fc.record({
          label: fc.constantFrom('按收入性质分', '按支出性质分', '其中'),
          lines: fc.array(
            fc.tuple(fc.constantFrom('一般公共预算', '其他资金', '基本支出', '项目支出'), number),
            {
              maxLength: 3,
            },
          ),
        }),
        { maxLength: 2 },
      ),
      indicators: fc.array(indicator, { maxLength: 10 }),
      total: fc.option(fc.record({ weight: number, score: number, grade }), { nil: undefined }),
    })
    .map((input) => buildForm(input));

  const cellAt = (col: number): fc.Arbitrary<FormCell> =>
    fc.record({
      row: fc.integer({ min: 0, max: 60 }),
      col: fc.constant(col),
      value: fc
        .oneof(number, rate)
        .map((v): CellValue => (v !== null && typeof v === 'object' ? v.value : v)),
    });
  const expense: fc.Arbitrary<ExpenseLine> = fc.letrec<{ line: ExpenseLine }>((tie) => ({
    line: fc.record({
      label: fc.oneof(fc.constantFrom('三公经费', '会议费', '项目支出', '基本支出', '公用经费'), junk),
      previous: cellAt(2),
      budget: cellAt(3),
      actual: cellAt(4),
      rate: cellAt(5),
      children: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constant([]),
        fc.array(tie('line'), { maxLength: 3 }),
      ),
    }),
  })).line;
  const control = fc.record({
    label: fc.constantFrom('财政供养人员', '规模', '投资'),
    approved: cellAt(2),
    actual: cellAt(3),
    rate: cellAt(4),
  });
  const basic: fc.Arbitrary<Form> = fc
    .record({
      staffing: control,
      expenses: fc.array(expense, { maxLength: 4 }),
      buildings: fc.array(control, { maxLength: 2 }),
    })
    .map((data: BasicData): Form => ({ kind: 'basic', sheet: '基础数据表', indicators: [], basic: data }));

  return { project, any: fc.oneof({ weight: 4, arbitrary: project }, { weight: 1, arbitrary: basic }) };
}

const ORDINARY = formsWith(ordinary);
const ANYTHING = formsWith(amount);
const MAGNITUDES = [
  ['numbers as forms write them', ORDINARY],
  ['huge and odd numbers too', ANYTHING],
] as const;
const profile = fc.constantFrom(...BUILTIN_PROFILES);
const locale = fc.constantFrom('zh-CN' as const, 'en-US' as const);

/** Equal within rounding to 2 places, and a relative hair for numbers too large for cents. */
function closeTo(actual: number, expected: number): boolean {
  if (actual === expected) return true;
  if (!Number.isFinite(actual) || !Number.isFinite(expected)) return false;
  return Math.abs(actual - expected) <= 0.005 + 1e-12 * Math.max(Math.abs(actual), Math.abs(expected));
}

describe('review on random forms', () => {
  it('never throws and never produces an internal-error finding', () => {
    fc.assert(
      fc.property(
        fc.array(ANYTHING.any, { minLength: 1, maxLength: 3 }),
        profile,
        locale,
        (forms, p, loc) => {
          const named = forms.map((form, i) => ({ ...form, sheet: `${form.sheet}${String(i)}` }));
          const result = review(named, p, { locale: loc });
          expect(result.findings.filter((f) => f.rule === INTERNAL_ERROR)).toEqual([]);
          expect(result.forms).toHaveLength(named.length);
        },
      ),
      RUNS,
    );
  });

  it('renders every message completely: no placeholder or @-reference left', () => {
    fc.assert(
      fc.property(ANYTHING.project, profile, locale, (form, p, loc) => {
        for (const f of review([form], p, { locale: loc }).findings)
          expect([f.rule, f.message]).not.toEqual([f.rule, expect.stringMatching(/\{\w+\}|@[a-z]/)]);
      }),
      RUNS,
    );
  });

  it('never reports a breakdown whose whole amounts add up exactly (fund-sum)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5e9 }), { minLength: 1, maxLength: 4 }), (parts) => {
        const total = parts.reduce((s, v) => s + v, 0);
        const form = buildForm({
          name: '示例项目',
          execution: { initial: total, budget: total, spent: total },
          breakdowns: [
            { label: '按收入性质分', lines: parts.map((part, i) => [`来源${String(i)}`, part] as const) },
          ],
        });
        expect(
          review([form])
            .findings.filter((f) => f.rule === 'fund-sum')
            .map((f) => f.message),
        ).toEqual([]);
      }),
      // Amounts in 元: 20 亿元 split in two halves.
      { ...RUNS, examples: [[[1e9, 1e9]]] },
    );
  });
});

describe.each(MAGNITUDES)('analysis bounds, %s', (_name, forms) => {
  it('every quantitative assessment’s expected score lies in [0, 分值]', () => {
    fc.assert(
      fc.property(forms.project, profile, (form, p) => {
        for (const indicator of analyzeForm(form, p).indicators) {
          const { assessment, weight } = indicator;
          // A negative 分值 leaves no room between 0 and 分值.
          if (assessment.kind !== 'quantitative' || weight === null || weight < 0) continue;
          expect([weight, assessment.expected]).toEqual([weight, expect.any(Number)]);
          expect(assessment.expected).toBeGreaterThanOrEqual(0);
          expect(assessment.expected).toBeLessThanOrEqual(weight);
        }
      }),
      RUNS,
    );
  });

  it('the computed total is the execution score plus the stated scores of applicable rows, rounded to 2; none while a weighted row has no score', () => {
    fc.assert(
      fc.property(forms.project, profile, (form, p) => {
        const analysis = analyzeForm(form, p);
        const execution = analysis.execution.score ?? analysis.execution.enteredScore;
        const applicable = analysis.indicators.filter((i) => i.applicable);
        const stated = applicable.filter((i) => i.score !== null).map((i) => i.score ?? 0);
        if (stated.length === 0 || applicable.some((i) => i.weight !== null && i.score === null)) {
          expect([analysis.total, analysis.grade]).toEqual([null, null]);
          return;
        }
        const sum = (execution ?? 0) + stated.reduce((s, v) => s + v, 0);
        const total = analysis.total;
        expect([total, sum, closeTo(total ?? NaN, sum)]).toEqual([total, sum, true]);
        if (total !== null && Math.abs(total) < 1e12) expect(Math.round(total * 100) / 100).toBe(total);
      }),
      RUNS,
    );
  });

  it('the computed execution score lies in [0, 分值 of 执行率]', () => {
    fc.assert(
      fc.property(forms.project, profile, (form, p) => {
        const { score, weight } = analyzeForm(form, p).execution;
        if (score === null || weight < 0) return;
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(weight);
      }),
      RUNS,
    );
  });

  it('the computed grade is the profile’s band for the computed total', () => {
    fc.assert(
      fc.property(forms.project, profile, (form, p) => {
        const analysis = analyzeForm(form, p);
        expect(analysis.grade).toBe(gradeFor(analysis.total, p.grades));
      }),
      RUNS,
    );
  });
});

describe('executionScore', () => {
  const methods: readonly ExecutionScoring[] = ['linear', 'step10', 'rounded'];
  const anyRate = fc.oneof(fc.double({ noNaN: true }), fc.double({ min: -0.5, max: 1.5, noNaN: true }));
  const method = fc.constantFrom(...methods);
  const inRange = (r: number, weight: number, m: ExecutionScoring): void => {
    const score = executionScore(r, weight, m);
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(weight);
  };

  it('stays in [0, weight] for any rate and method, for weights as forms write them', () => {
    // 分值 are whole or to 2 decimals: 10, 5, 20, 10.5 …
    const weight = fc.oneof(
      fc.constantFrom(10, 5, 20, 0, 10.5),
      fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
    );
    fc.assert(fc.property(anyRate, weight, method, inRange), { ...RUNS, examples: [[1, 10.5, 'rounded']] });
  });

  it('stays in [0, weight] for huge weights', () => {
    const weight = fc.oneof(
      fc.double({ min: 1e6, max: 1e308, noNaN: true }),
      fc.constantFrom(...HUGE.filter((h) => h >= 0)),
    );
    fc.assert(fc.property(anyRate, weight, method, inRange), RUNS);
  });

  it('never falls as the rate rises (10 points)', () => {
    const r = fc.double({ min: -1, max: 2, noNaN: true });
    fc.assert(
      fc.property(r, r, method, (a, b, m) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(executionScore(low, 10, m)).toBeLessThanOrEqual(executionScore(high, 10, m));
      }),
      RUNS,
    );
  });
});

describe('gradeFor', () => {
  const bands: fc.Arbitrary<readonly GradeBand[]> = fc
    .uniqueArray(fc.integer({ min: 1, max: 100 }), { maxLength: 5 })
    .map((mins) => [0, ...mins].map((min) => ({ min, label: `档${String(min)}` })))
    .chain((list) => fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }));
  const anyBands = fc.oneof(fc.constantFrom(...BUILTIN_PROFILES.map((p: Profile) => p.grades)), bands);
  const total = fc.oneof(fc.double({ min: -10, max: 110, noNaN: true }), fc.integer({ min: 0, max: 100 }));

  it('is monotone in the total', () => {
    fc.assert(
      fc.property(anyBands, total, total, (list, a, b) => {
        const rank = (label: string | null): number =>
          [...list].sort((x, y) => x.min - y.min).findIndex((band) => band.label === label);
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(rank(gradeFor(low, list))).toBeLessThanOrEqual(rank(gradeFor(high, list)));
      }),
      RUNS,
    );
  });

  it('gives the band whose minimum the total reaches', () => {
    fc.assert(
      fc.property(anyBands, fc.integer({ min: 0, max: 100 }), (list, t) => {
        const reached = list.filter((band) => t >= band.min).sort((x, y) => y.min - x.min)[0];
        expect(gradeFor(t, list)).toBe(reached?.label);
      }),
      RUNS,
    );
  });

  it('is null for no total', () => {
    for (const p of BUILTIN_PROFILES) expect(gradeFor(null, p.grades)).toBeNull();
  });
});
