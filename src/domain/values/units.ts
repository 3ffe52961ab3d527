import { normalizeText } from './normalize';
import type { UnitFamily } from './types';

interface UnitEntry {
  readonly family: UnitFamily;
  /** How many of the family's base unit one of this unit is. */
  readonly factor: number;
}

/** The unit the forms keep their amounts in. */
export const FORM_AMOUNT_UNIT = '万元';

/** Families whose units convert into each other; the first unit of each is its base. */
const CONVERTIBLE: ReadonlyArray<readonly [UnitFamily, ReadonlyArray<readonly [string, number]>]> = [
  [
    'money',
    [
      ['元', 1],
      ['千元', 1e3],
      ['万元', 1e4],
      ['百万元', 1e6],
      ['千万元', 1e7],
      ['亿元', 1e8],
    ],
  ],
  [
    'area',
    [
      ['平方米', 1],
      ['平米', 1],
      ['m²', 1],
      ['m2', 1],
      ['㎡', 1],
      ['万平方米', 1e4],
      ['公顷', 1e4],
      ['平方公里', 1e6],
      ['平方千米', 1e6],
      ['km²', 1e6],
      ['km2', 1e6],
    ],
  ],
  [
    'volume',
    [
      ['立方米', 1],
      ['方', 1],
      ['m³', 1],
      ['m3', 1],
    ],
  ],
  [
    'length',
    [
      ['米', 1],
      ['m', 1],
      ['延米', 1],
      ['厘米', 0.01],
      ['cm', 0.01],
      ['千米', 1e3],
      ['公里', 1e3],
      ['km', 1e3],
    ],
  ],
  [
    'weight',
    [
      ['千克', 1],
      ['公斤', 1],
      ['kg', 1],
      ['克', 1e-3],
      ['斤', 0.5],
      ['吨', 1e3],
    ],
  ],
  [
    'day',
    [
      ['天', 1],
      ['日', 1],
    ],
  ],
  [
    'month',
    [
      ['个月', 1],
      ['月', 1],
    ],
  ],
  [
    'hour',
    [
      ['小时', 1],
      ['分钟', 1 / 60],
    ],
  ],
  [
    // Working days are not calendar days, so they never convert into `day`.
    '工作日',
    [
      ['工作日', 1],
      ['个工作日', 1],
    ],
  ],
  [
    // The base of percent is a fraction: 95 % → 0.95.
    'percent',
    [
      ['%', 0.01],
      ['‰', 0.001],
    ],
  ],
];

/** Counted things: each is its own family and never converts into another (人 ≠ 人次, 处 ≠ 户). */
const COUNTS: readonly string[] = [
  '人',
  '人次',
  '处',
  '户',
  '户次',
  '家',
  '家次',
  '个',
  '场',
  '场次',
  '次',
  '件',
  '项',
  '栋',
  '幢',
  '所',
  '篇',
  '期',
  '批',
  '套',
  '台',
  '辆',
  '株',
  '棵',
  '份',
  '条',
  '起',
  '宗',
  '间',
  '座',
  '亩',
  '个百分点',
  '分',
];

/** Spellings that count the same thing as another unit. */
const ALIASES: Readonly<Record<string, string>> = { 名: '人', 位: '人' };

function buildTable(): ReadonlyMap<string, UnitEntry> {
  const table = new Map<string, UnitEntry>();
  for (const [family, units] of CONVERTIBLE) {
    for (const [unit, factor] of units) table.set(unit, { family, factor });
  }
  for (const unit of COUNTS) table.set(unit, { family: unit, factor: 1 });
  for (const [alias, unit] of Object.entries(ALIASES)) table.set(alias, { family: unit, factor: 1 });
  return table;
}

const TABLE = buildTable();

/** Every unit the table knows, longest first, so a parser can match `个工作日` before `个`. */
export const KNOWN_UNITS: readonly string[] = [...TABLE.keys()].sort((a, b) => b.length - a.length);

/** Rounds away binary noise (1.37 × 10000 = 13700.000000000002) without touching real digits. */
export function tidy(x: number): number {
  // Integers carry no binary noise; only fractions need the (costly) decimal reading.
  return Number.isFinite(x) && !Number.isInteger(x) ? Number(x.toPrecision(15)) : x;
}

function lookup(unit: string): UnitEntry | null {
  return TABLE.get(unit) ?? TABLE.get(unit.toLowerCase()) ?? null;
}

function entryOf(rawUnit: string): UnitEntry {
  const unit = normalizeText(rawUnit);
  const known = lookup(unit);
  if (known) return known;
  // A rate such as `万元/年` or `元/人` is its own family built from its two halves.
  const slash = unit.indexOf('/');
  if (slash > 0 && slash < unit.length - 1) {
    const top = entryOf(unit.slice(0, slash));
    const bottom = entryOf(unit.slice(slash + 1));
    return { family: `${top.family}/${bottom.family}`, factor: top.factor / bottom.factor };
  }
  // An unknown unit is a family of its own, so `5艘` matches `5艘` and nothing else.
  return { family: unit, factor: 1 };
}

/** The family a unit belongs to (`万元` → `money`, `名` → `人`, an unknown unit → itself). */
export function unitFamily(unit: string): UnitFamily {
  return entryOf(unit).family;
}

/** How many base units one `unit` is (`万元` → 10000, `%` → 0.01, an unknown unit → 1). */
export function unitFactor(unit: string): number {
  return entryOf(unit).factor;
}

/** `amount` of `unit` expressed in its family's base unit; a missing unit leaves the amount as is. */
export function toBase(amount: number, unit: string | null): number {
  if (unit === null || unit === '') return amount;
  return tidy(amount * entryOf(unit).factor);
}

/** Whether two units can be compared: the same family, or both absent. */
export function sameFamily(a: string | null, b: string | null): boolean {
  if (a === null || a === '' || b === null || b === '') return (a ?? '') === (b ?? '');
  return unitFamily(a) === unitFamily(b);
}
