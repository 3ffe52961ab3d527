import { sameFamily, toBase, unitFactor, unitFamily } from '../../../src/domain/values';

describe('unitFamily', () => {
  it.each([
    ['元', 'money'],
    ['万元', 'money'],
    ['亿元', 'money'],
    ['千元', 'money'],
    ['平方米', 'area'],
    ['㎡', 'area'],
    ['m²', 'area'],
    ['m2', 'area'],
    ['M2', 'area'],
    ['公顷', 'area'],
    ['亩', '亩'],
    ['米', 'length'],
    ['公里', 'length'],
    ['千米', 'length'],
    ['km', 'length'],
    ['千克', 'weight'],
    ['公斤', 'weight'],
    ['吨', 'weight'],
    ['天', 'day'],
    ['日', 'day'],
    ['个月', 'month'],
    ['月', 'month'],
    ['小时', 'hour'],
    ['工作日', '工作日'],
    ['个工作日', '工作日'],
    ['%', 'percent'],
    ['％', 'percent'],
    ['人', '人'],
    ['名', '人'],
    ['人次', '人次'],
    ['处', '处'],
    ['户', '户'],
    ['场次', '场次'],
    ['艘', '艘'],
    ['万元/年', 'money/年'],
  ])('%s → %s', (unit, family) => {
    expect(unitFamily(unit)).toBe(family);
  });
});

describe('toBase', () => {
  it.each([
    [1, '亿元', 1e8],
    [2706.79, '万元', 27067900],
    [5, '千元', 5000],
    [3, '元', 3],
    [1, '公顷', 10000],
    [2, '公里', 2000],
    [1.5, '吨', 1500],
    [95, '%', 0.95],
    [7, '%', 0.07],
    [5, '‰', 0.005],
    [30, '分钟', 0.5],
    [5, '台', 5],
    [5, '艘', 5],
    [5, null, 5],
  ] as const)('%p %p → %p', (amount, unit, base) => {
    expect(toBase(amount, unit)).toBe(base);
  });

  it('exposes the factor', () => {
    expect(unitFactor('万元')).toBe(1e4);
    expect(unitFactor('艘')).toBe(1);
  });
});

describe('sameFamily', () => {
  it.each([
    ['元', '万元', true],
    ['万元', '亿元', true],
    ['平方米', '㎡', true],
    ['人', '名', true],
    ['台', '台', true],
    ['人', '人次', false],
    ['处', '户', false],
    ['台', '人', false],
    ['场', '场次', false],
    ['天', '工作日', false],
    ['亩', '平方米', false],
    ['%', '人', false],
    [null, null, true],
    [null, '人', false],
    ['%', null, false],
  ] as const)('%p ~ %p → %p', (a, b, same) => {
    expect(sameFamily(a, b)).toBe(same);
  });
});
