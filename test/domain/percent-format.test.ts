/** A `%` a format shows as text (`0\%`, `0"%"`) does not scale the number: 98 is 98 %, not 9 800 %. */
import { NATIONAL } from '../../src/domain/profiles/builtin';
import { showsPercent, shownText } from '../../src/domain/read';
import type { FormCell } from '../../src/domain/cells';
import { review } from '../../src/domain/review';
import { cleanForm, type CellInput } from './helpers/form-builder';

describe('showsPercent', () => {
  it.each([
    ['0%', true],
    ['0.00%', true],
    ['#,##0.0%;[Red]-0.0%', true],
    ['0\\%', false],
    ['0.00"%"', false],
    ['0.00"万元"', false],
    ['General', false],
    [undefined, false],
  ] as const)('%s → %s', (format, expected) => {
    expect(showsPercent(format)).toBe(expected);
  });
});

describe('a result typed as 98 in a cell that shows a literal %', () => {
  const form = (result: CellInput) =>
    cleanForm({
      indicators: [
        ['产出指标', '数量指标', '培训人数', '≥100人', '120人', 20, 20, '报名踊跃，年初指标设定偏低'],
        ['', '质量指标', '合格率', '≥95%', result, 10, 10],
        ['', '时效指标', '按时完成率', '100%', '100%', 10, 10],
        ['', '成本指标', '成本控制', '≤100万元', '96万元', 10, 10],
        ['效益指标', '社会效益指标', '服务群众', '显著提升', '显著提升', 30, 30],
        ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%', 10, 10],
      ],
    });

  it.each([['0\\%'], ['0"%"']])('%s: met, and no over-achievement', (format) => {
    expect(review([form({ value: 98, format })], NATIONAL).findings.map((f) => f.rule)).toEqual([]);
  });

  it('while 0.98 shown with a real % code is 98 % too', () => {
    expect(review([form({ value: 0.98, format: '0%' })], NATIONAL).findings.map((f) => f.rule)).toEqual([]);
  });
});

/** A cell at A1 from a test's shorthand. */
function formCellOf(cell: CellInput): FormCell {
  const shape = typeof cell === 'object' && cell !== null && 'value' in cell ? cell : { value: cell };
  return { row: 0, col: 0, ...shape };
}

describe('messages quote a %-formatted number as the sheet shows it', () => {
  it.each([
    [{ value: 1, format: '0%' }, '100%'],
    [{ value: 0.7274, format: '0.00%' }, '72.74%'],
    [{ value: 0.9, format: '0.0%' }, '90.0%'],
    [{ value: 95, format: '0"%"' }, '95'],
    ['≥95%', '≥95%'],
  ] as const)('%j → %s', (cell, shown) => {
    expect(shownText(formCellOf(cell))).toBe(shown);
  });

  it('a typed 100 % target with a worded result is quoted as 100%, not 1', () => {
    // jiangxi-2021-nanchang-cancha-zhengti typed: the message had read “年度指标值 1 是定量指标”.
    const form = cleanForm({
      indicators: [['产出指标', '质量指标', '完成率', { value: 1, format: '0%' }, '按规定执行', 90, 90]],
    });
    const found = review([form], NATIONAL).findings.find((f) => f.rule === 'value-number');
    expect(found?.message).toContain('年度指标值 100% 是定量指标');
  });
});
