import type { DataValidation, Workbook, Worksheet } from 'exceljs';
import { toA1 } from '../../domain/cells';
import { toA1Range } from '../../sheet/address';
import type { PlannedCell, SheetPlan, Validation, WorkbookPlan } from '../../sheet/plan';

const THIN = { style: 'thin' as const };

/** A planned validation's rule as ExcelJS writes it (formulas without `=`). */
function validationRule(validation: Validation): Pick<DataValidation, 'type' | 'operator' | 'formulae'> {
  switch (validation.type) {
    case 'list':
      return { type: 'list', formulae: [`"${validation.values.join(',')}"`] };
    case 'decimal':
      return validation.max === undefined
        ? { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [validation.min] }
        : { type: 'decimal', operator: 'between', formulae: [validation.min, validation.max] };
    case 'custom':
      return { type: 'custom', formulae: [validation.formula] };
  }
}

function writeCell(sheet: Worksheet, planned: PlannedCell): void {
  const cell = sheet.getCell(planned.row + 1, planned.col + 1);
  // The format goes first so Excel shows the value as the form means it (DESIGN: numberFormat before values).
  if (planned.format) cell.numFmt = planned.format;
  if (planned.formula !== undefined) cell.value = { formula: planned.formula, date1904: false };
  else if (planned.value !== undefined && planned.value !== null) cell.value = planned.value;
  const style = planned.style;
  if (!style) return;
  // Every styled cell in 宋体, as the official forms print; the row heights are worked out for it.
  cell.font = { name: '宋体', ...(style.bold ? { bold: true } : {}), size: style.fontSize ?? 11 };
  if (style.align || style.wrap)
    cell.alignment = {
      vertical: 'middle',
      ...(style.align ? { horizontal: style.align } : {}),
      ...(style.wrap ? { wrapText: true } : {}),
    };
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${style.fill}` } };
  if (style.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (style.input) cell.protection = { locked: false };
}

/** The new worksheet, hidden if planned so, with its print setup: A4, orientation, fit to width, title rows. */
function addSheet(workbook: Workbook, plan: SheetPlan): Worksheet {
  const titleRows = plan.print?.titleRows;
  return workbook.addWorksheet(plan.sheet, {
    state: plan.hidden ? 'veryHidden' : 'visible',
    pageSetup: {
      paperSize: 9,
      orientation: plan.print?.landscape ? 'landscape' : 'portrait',
      ...(plan.print?.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
      ...(titleRows ? { printTitlesRow: `${String(titleRows[0] + 1)}:${String(titleRows[1] + 1)}` } : {}),
    },
  });
}

function addValidations(sheet: Worksheet, validations: readonly Validation[]): void {
  // ExcelJS 4.4 has range validation (worksheet.dataValidations) but leaves it out of its typings.
  const ranged = sheet as unknown as { dataValidations: { add(ref: string, value: DataValidation): void } };
  for (const validation of validations)
    ranged.dataValidations.add(toA1Range(validation.range), {
      ...validationRule(validation),
      allowBlank: true,
      showInputMessage: true,
      promptTitle: '填写说明',
      prompt: validation.prompt,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: '输入有误',
      error: validation.error,
    });
}

function addConditionalFormats(sheet: Worksheet, plan: SheetPlan): void {
  for (const format of plan.conditionalFormats)
    sheet.addConditionalFormatting({
      ref: toA1Range(format.range),
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [format.formula],
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${format.fill}` } } },
        },
      ],
    });
}

/** The plan's defined names, each to an absolute reference on the sheet. */
function addNames(workbook: Workbook, plan: SheetPlan): void {
  const absolute = (row: number, col: number): string =>
    toA1({ row, col }).replace(/([A-Z]+)(\d+)/, '$$$1$$$2');
  for (const { name, range } of plan.names) {
    const start = absolute(range.top, range.left);
    const end = absolute(range.bottom, range.right);
    workbook.definedNames.add(`'${plan.sheet}'!${start}${start === end ? '' : `:${end}`}`, name);
  }
}

/** Writes one SheetPlan into a new worksheet: cells, merges, validation, conditional formats, names, print, protection. */
export async function writeSheetPlan(workbook: Workbook, plan: SheetPlan): Promise<Worksheet> {
  const sheet = addSheet(workbook, plan);
  plan.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  for (const planned of plan.cells) writeCell(sheet, planned);
  for (const merge of plan.merges) sheet.mergeCells(toA1Range(merge));
  addValidations(sheet, plan.validations);
  addConditionalFormats(sheet, plan);
  addNames(workbook, plan);
  for (const [row, height] of Object.entries(plan.rowHeights ?? {}))
    sheet.getRow(Number(row) + 1).height = height;
  // Whole rows unlocked where rows are added and removed: Excel deletes a row only if none of its cells is locked.
  for (const [first, last] of plan.openRows ?? [])
    for (let row = first; row <= last; row++) sheet.getRow(row + 1).protection = { locked: false };
  // The footer is Excel's header/footer code (&P page, &N pages), written as it is.
  if (plan.print?.footer) sheet.headerFooter.oddFooter = `&C${plan.print.footer}`;
  if (plan.protect)
    await sheet.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      insertRows: true,
      deleteRows: true,
    });
  return sheet;
}

/** Writes a whole plan into a workbook, sheet by sheet, in order. */
export async function writeWorkbookPlan(workbook: Workbook, plan: WorkbookPlan): Promise<void> {
  for (const sheet of plan.sheets) await writeSheetPlan(workbook, sheet);
}
