import fc from 'fast-check';
import type { CellValue } from '../../src/domain/cells';
import { INTERNAL_ERROR, review } from '../../src/domain';
import { recognizeSheet } from '../../src/forms/recognize';
import { gridFromValues, type Merge } from '../../src/sheet/grid';

/** Words forms are made of, so random grids often look like (broken) forms. */
const LABELS = [
  '项目支出绩效自评表',
  '整体支出绩效自评表',
  '基础数据表',
  '项目名称',
  '预算单位名称',
  '年初预算数',
  '全年预算数',
  '全年执行数',
  '分值',
  '执行率',
  '得分',
  '自评得分',
  '年度资金总额',
  '按收入性质分：',
  '其中：一般公共预算：2502.06',
  '一级指标',
  '二级指标',
  '三级指标',
  '年度指标值',
  '实际完成值',
  '偏差原因分析及改进措施',
  '产出指标\n(50 分)',
  '数量指标',
  '满意度指标',
  '总分',
  '合计',
  '编制数',
  '实际在职人数',
  '控制率',
  '2023年决算数',
  '2023年预算数',
  '批复规模',
  '≥95%',
  '100％',
  '不适用',
  '……',
  '无',
];

const cellValue: fc.Arbitrary<CellValue | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 4, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 2, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: false }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.boolean() },
);

const grid = fc
  .tuple(
    fc.array(fc.array(cellValue, { maxLength: 12 }), { maxLength: 40 }),
    fc.array(fc.record({ top: fc.nat(39), left: fc.nat(11), height: fc.nat(4), width: fc.nat(4) }), {
      maxLength: 6,
    }),
  )
  .map(([rows, spans]) =>
    gridFromValues(
      'Fuzz',
      rows,
      spans.map(({ top, left, height, width }): Merge => ({
        top,
        left,
        bottom: top + height,
        right: left + width,
      })),
    ),
  );

describe('random grids', () => {
  it('recognition never throws, and reviewing what it finds never makes an internal error', () => {
    fc.assert(
      fc.property(grid, (g) => {
        const { forms } = recognizeSheet(g);
        const result = review(forms);
        expect(result.findings.filter((f) => f.rule === INTERNAL_ERROR)).toEqual([]);
        for (const { analysis } of result.forms) {
          for (const indicator of analysis.indicators)
            if (
              indicator.assessment.kind === 'quantitative' &&
              indicator.weight !== null &&
              indicator.weight >= 0
            ) {
              expect(indicator.assessment.expected).toBeGreaterThanOrEqual(0);
              expect(indicator.assessment.expected).toBeLessThanOrEqual(indicator.weight);
            }
        }
      }),
      { numRuns: 300 },
    );
  });
});
