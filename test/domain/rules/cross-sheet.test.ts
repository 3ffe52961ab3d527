import type { CellValue } from '../../../src/domain/cells';
import type { Form } from '../../../src/domain/form';
import { crossSheet } from '../../../src/domain/rules/cross-sheet';
import { buildForm, cleanForm } from '../helpers/form-builder';
import { ruleTester } from '../helpers/rule-tester';

/** 附件1: 基本支出 本年决算数 at E31, 项目支出 本年决算数 at E41. */
function basicForm(project: CellValue, basic: CellValue = 1275.43, projectLabel = '项目支出：'): Form {
  return {
    kind: 'basic',
    sheet: '附件1',
    name: { row: 1, col: 1, value: '望岳街道办事处' },
    indicators: [],
    basic: {
      expenses: [
        {
          label: '基本支出',
          labelCell: { row: 30, col: 1, value: '基本支出' },
          budget: { row: 30, col: 3, value: 1300 },
          actual: { row: 30, col: 4, value: basic },
        },
        {
          label: projectLabel,
          labelCell: { row: 40, col: 1, value: projectLabel },
          previous: { row: 40, col: 2, value: 881 },
          budget: { row: 40, col: 3, value: 5.83 },
          actual: { row: 40, col: 4, value: project },
        },
      ],
      buildings: [],
    },
  };
}

/** 附件2 laid out as seed 004: 按收入性质分 on rows 5–8, 基本支出 at C9, 项目支出 at C10. */
function overallForm(project: CellValue, basic: CellValue = 1275.43, projectLabel = '项目支出'): Form {
  return buildForm({
    kind: 'overall',
    sheet: '附件2',
    name: '岳阳市岳阳楼区望岳街道办事处',
    execution: { initial: 942.79, budget: 2706.79, spent: 2706.79, weight: 10, rate: '100%', score: 10 },
    breakdowns: [
      {
        label: '按收入性质分',
        lines: [
          ['一般公共预算', 2502.06],
          ['政府性基金拨款', null],
          ['纳入专户管理的非税收入拨款', null],
          ['其他资金', 204.72],
        ],
      },
      {
        label: '按支出性质分',
        lines: [
          ['基本支出', basic],
          [projectLabel, project],
        ],
      },
    ],
  });
}

const MISMATCH = (sheet: string, cell: string) =>
  ({ cell, sheet, messageId: 'cross-sheet.mismatch', severity: 'error' }) as const;

ruleTester(crossSheet, {
  valid: [
    {
      name: '附件1 项目支出 1431.36 = 附件2 项目支出 1431.36 (S-004)',
      forms: [basicForm(1431.36), overallForm(1431.36)],
    },
    { name: 'the overall form first', forms: [overallForm(1431.36), basicForm(1431.36)] },
    {
      name: 'a label written 其中：项目支出',
      forms: [basicForm(1431.36), overallForm(1431.36, 1275.43, '其中：项目支出')],
    },
    { name: 'amounts typed as text', forms: [basicForm('1431.36'), overallForm('1431.36')] },
    { name: 'a difference below half a cent', forms: [basicForm(1431.36), overallForm(1431.364)] },
    { name: 'one form alone', forms: overallForm(1426.36) },
    { name: 'a blank 项目支出 on one form is not compared', forms: [basicForm(null), overallForm(1426.36)] },
    { name: 'project forms share no figure', forms: [basicForm(1431.36), overallForm(1431.36), cleanForm()] },
  ],
  invalid: [
    {
      name: '附件1 1431.36 vs 附件2 1426.36: reported on the second form',
      forms: [basicForm(1431.36), overallForm(1426.36)],
      findings: [MISMATCH('附件2', 'C10')],
    },
    {
      name: 'the overall form first: reported on 附件1',
      forms: [overallForm(1431.36), basicForm(1426.36)],
      findings: [MISMATCH('附件1', 'E41')],
    },
    {
      name: '基本支出 differs',
      forms: [basicForm(1431.36, 1275.43), overallForm(1431.36, 1270.43)],
      findings: [MISMATCH('附件2', 'C9')],
    },
    {
      name: 'both differ, in row order',
      forms: [basicForm(1431.36, 1275.43), overallForm(1426.36, 1270.43)],
      findings: [MISMATCH('附件2', 'C9'), MISMATCH('附件2', 'C10')],
    },
    {
      name: 'a difference of one cent',
      forms: [basicForm(1431.36), overallForm('1431.37')],
      findings: [MISMATCH('附件2', 'C10')],
    },
    {
      name: 'a project form before them does not change which form is reported',
      forms: [cleanForm({ sheet: '附件3' }), basicForm(1431.36), overallForm(1426.36)],
      findings: [MISMATCH('附件2', 'C10')],
    },
  ],
});
