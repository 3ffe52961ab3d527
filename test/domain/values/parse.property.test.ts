import fc from 'fast-check';
import { parseValue, toBase } from '../../../src/domain/values';

const CJK = fc.constantFrom(
  ...'处人次场家余近约万亿元平方米以上下内完成未部分基本不超过预算年初达到％＞＝≥≤，、（）/-—'.split(''),
);
const DIGITS = fc.constantFrom(...'0123456789.,'.split(''));
const MIXED = fc.string({
  unit: fc.oneof(CJK, DIGITS, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })),
});

describe('parseValue never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), MIXED),
        (s) => {
          const v = parseValue(s);
          expect(typeof v.kind).toBe('string');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('on arbitrary numbers, with and without a percent format', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.double(), fc.integer(), fc.constantFrom(NaN, Infinity, -Infinity, -0)),
        fc.boolean(),
        (n, pct) => {
          const v = parseValue(n, { percentFormat: pct });
          if (Number.isFinite(n)) expect(v.kind).toBe('number');
          else expect(v).toMatchObject({ kind: 'unparsed', reason: 'value.not-finite' });
        },
      ),
    );
  });

  it('on very long input', () => {
    expect(parseValue('1'.repeat(500))).toMatchObject({ kind: 'unparsed', reason: 'value.bad-number' });
    expect(parseValue('1'.repeat(150))).toMatchObject({ kind: 'number' });
    expect(parseValue(`${'≥'.repeat(10_000)}9`).kind).not.toBe('number');
    expect(parseValue('完成'.repeat(5000)).kind).toBe('qualitative');
    expect(parseValue(`达到${'≥'.repeat(1000)}90%`).kind).not.toBe('number');
  });
});

describe('numeric round trip', () => {
  const COMPARATORS = ['', '≥', '>', '≤', '<', '=', '不低于', '不超过', '不少于', '控制在', '低于'];
  const UNITS = [
    '',
    '%',
    '人',
    '人次',
    '处',
    '户',
    '场次',
    '家',
    '元',
    '万元',
    '亿元',
    '平方米',
    '公里',
    '天',
    '个月',
    '台',
  ];
  const number = fc
    .tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 99 }), fc.boolean())
    .map(([whole, cents, decimal]) =>
      decimal ? `${whole}.${String(cents).padStart(2, '0')}` : String(whole),
    );

  it('reads back the number written after a comparator and before a unit', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COMPARATORS), number, fc.constantFrom(...UNITS), (cmp, num, unit) => {
        const v = parseValue(`${cmp}${num}${unit}`);
        expect(v.kind).toBe('number');
        if (v.kind !== 'number') return;
        expect(v.amount).toBe(Number(num));
        expect(v.unit).toBe(unit === '' ? null : unit);
        expect(v.comparator === null).toBe(cmp === '');
        expect(v.base).toBe(toBase(Number(num), v.unit));
      }),
      { numRuns: 1000 },
    );
  });
});
