import type { CellValue, FormCell } from '../../../src/domain/cells';
import type { BasicData, ControlRate, ExpenseLine, Form } from '../../../src/domain/form';
import { ctrlRate } from '../../../src/domain/rules/ctrl-rate';
import { cleanForm } from '../helpers/form-builder';
import { ruleTester } from '../helpers/rule-tester';

/** A cell at a 0-based position, with an optional number format. */
function at(row: number, col: number, value: CellValue, format?: string): FormCell {
  return { row, col, value, ...(format ? { format } : {}) };
}

/**
 * A 基础数据表 (附件1). Layout used here (0-based):
 * staffing on row 4 (编制数 C, 在职 D, 控制率 E → E5);
 * expense lines: label B, 上年决算数 C, 本年预算数 D, 本年决算数 E, 控制率 F;
 * buildings: 批复规模 B, 实际规模 C, 规模控制率 D, 预算投资 E, 实际投资 F, 投资概算控制率 G.
 */
function basicForm(basic: Partial<BasicData>): Form {
  return {
    kind: 'basic',
    sheet: '附件1',
    name: at(1, 1, '永安街道办事处'),
    indicators: [],
    basic: { expenses: [], buildings: [], ...basic },
  };
}

function staffing(approved: CellValue, actual: CellValue, rate: CellValue, format?: string): ControlRate {
  return {
    label: '财政供养人员',
    approved: at(4, 2, approved),
    actual: at(4, 3, actual),
    rate: at(4, 4, rate, format),
  };
}

function expense(
  row: number,
  label: string,
  budget: CellValue,
  actual: CellValue,
  rate: CellValue,
  format?: string,
  children?: ExpenseLine[],
): ExpenseLine {
  return {
    label,
    labelCell: at(row, 1, label),
    budget: at(row, 3, budget),
    actual: at(row, 4, actual),
    rate: at(row, 5, rate, format),
    ...(children ? { children } : {}),
  };
}

/** 规模 (批复/实际) and 投资 (预算/实际) of one building on sheet row 31. */
function building(
  area: [CellValue, CellValue, CellValue],
  investment: [CellValue, CellValue, CellValue],
): ControlRate[] {
  const row = 30;
  return [
    {
      label: '规模控制率',
      approved: at(row, 1, area[0]),
      actual: at(row, 2, area[1]),
      rate: at(row, 3, area[2]),
    },
    {
      label: '投资概算控制率',
      approved: at(row, 4, investment[0]),
      actual: at(row, 5, investment[1]),
      rate: at(row, 6, investment[2]),
    },
  ];
}

const WRONG = (cell: string) => ({ cell, messageId: 'ctrl-rate.mismatch', severity: 'error' }) as const;

ruleTester(ctrlRate, {
  valid: [
    { name: 'staffing 69 / 69 = 100%', forms: basicForm({ staffing: staffing(69, 69, '100%') }) },
    { name: 'staffing as a percent-formatted 1', forms: basicForm({ staffing: staffing(69, 69, 1, '0%') }) },
    {
      name: '91% agrees with 457 / 500 = 91.4 % at the precision shown',
      forms: basicForm({ expenses: [expense(8, '三公经费', 500, 457, '91%')] }),
    },
    {
      name: '会议费 3.09 / 15.9 stated as 19.43%',
      forms: basicForm({ expenses: [expense(20, '会议费、培训费', 15.9, 3.09, '19.43%')] }),
    },
    {
      name: '会议费 3.09 / 15.9 as 0.1943 formatted 0.00%',
      forms: basicForm({ expenses: [expense(20, '会议费、培训费', 15.9, 3.09, 0.1943, '0.00%')] }),
    },
    {
      name: '三公 8.18 / 50.5 as an unformatted 0.162',
      forms: basicForm({ expenses: [expense(8, '三公经费', 50.5, 8.18, 0.162)] }),
    },
    {
      name: 'building area 1050 / 1000 = 105% and investment 480 / 500 = 96%',
      forms: basicForm({ buildings: building([1000, 1050, '105%'], [500, 480, '96%']) }),
    },
    {
      name: 'a blank 控制率 is not checked',
      forms: basicForm({ expenses: [expense(8, '三公经费', 50.5, 8.18, null)] }),
    },
    {
      name: 'no approved figure: nothing to compute',
      forms: basicForm({ expenses: [expense(8, '三公经费', null, 8.18, '100%')] }),
    },
    {
      name: 'an approved figure of 0 is not divided by',
      forms: basicForm({ staffing: staffing(0, 3, '100%') }),
    },
    { name: 'an empty 基础数据表', forms: basicForm({}) },
    { name: 'project forms are not checked', forms: cleanForm() },
  ],
  invalid: [
    {
      name: 'S-000: 会议费 3.09 of 15.9 and 三公 8.18 of 50.5 both stated as 100%',
      forms: basicForm({
        expenses: [
          expense(8, '三公经费', 50.5, 8.18, '100%'),
          expense(20, '会议费、培训费', 15.9, 3.09, '100%'),
        ],
      }),
      findings: [WRONG('F9'), WRONG('F21')],
    },
    {
      name: 'staffing 77 in post of 69 stated as 100%',
      forms: basicForm({ staffing: staffing(69, 77, '100%') }),
      findings: [WRONG('E5')],
    },
    {
      name: '457 / 500 shown with two decimals as 91.00%',
      forms: basicForm({ expenses: [expense(8, '三公经费', 500, 457, 0.91, '0.00%')] }),
      findings: [WRONG('F9')],
    },
    {
      name: '会议费 100 typed as a bare number (percent points)',
      forms: basicForm({ expenses: [expense(20, '会议费、培训费', 15.9, 3.09, 100)] }),
      findings: [WRONG('F21')],
    },
    {
      name: 'a child line of 三公经费 (公务接待)',
      forms: basicForm({
        expenses: [
          expense(8, '三公经费', 50.5, 8.18, '16.20%', undefined, [
            expense(11, '公务接待', 10, 8.18, '100%'),
          ]),
        ],
      }),
      findings: [WRONG('F12')],
    },
    {
      name: 'building area 1050 / 1000 and investment 480 / 500 both stated as 100%',
      forms: basicForm({ buildings: building([1000, 1050, '100%'], [500, 480, '100%']) }),
      findings: [WRONG('D31'), WRONG('G31')],
    },
    {
      name: 'everything in row order',
      forms: basicForm({
        staffing: staffing(69, 60, '100%'),
        expenses: [expense(8, '三公经费', 50.5, 8.18, '100%')],
        buildings: building([1000, 1000, '100%'], [500, 480, '100%']),
      }),
      findings: [WRONG('E5'), WRONG('F9'), WRONG('G31')],
    },
  ],
});
