import type { DataValidation, Workbook, Worksheet } from 'exceljs';
import { toA1 } from '../../domain/cells';
import { toA1Range } from '../../sheet/address';
import type { PlannedCell, SheetPlan, WorkbookPlan } from '../../sheet/plan';

const THIN = { style: 'thin' as const };

function writeCell(sheet: Worksheet, planned: PlannedCell): void {
  const cell = sheet.getCell(planned.row + 1, planned.col + 1);
  // The format goes first so Excel shows the value as the form means it (DESIGN: numberFormat before values).
  if (planned.format) cell.numFmt = planned.format;
  if (planned.formula !== undefined) cell.value = { formula: planned.formula, date1904: false };
  else if (planned.value !== undefined && planned.value !== null) cell.value = planned.value;
  const style = planned.style;
  if (!style) return;
  if (style.bold || style.fontSize)
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

/** Writes one SheetPlan into a new worksheet: cells, merges, validation, conditional formats, names, print, protection. */
export async function writeSheetPlan(workbook: Workbook, plan: SheetPlan): Promise<Worksheet> {
  const sheet = workbook.addWorksheet(plan.sheet, {
    state: plan.hidden ? 'veryHidden' : 'visible',
    pageSetup: {
      paperSize: 9,
      orientation: plan.print?.landscape ? 'landscape' : 'portrait',
      ...(plan.print?.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
      ...(plan.print?.titleRows
        ? { printTitlesRow: `${String(plan.print.titleRows[0] + 1)}:${String(plan.print.titleRows[1] + 1)}` }
        : {}),
    },
  });
  plan.columnWidths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  for (const planned of plan.cells) writeCell(sheet, planned);
  for (const merge of plan.merges) sheet.mergeCells(toA1Range(merge));
  for (const validation of plan.validations) {
    const rule =
      validation.type === 'list'
        ? { type: 'list' as const, allowBlank: true, formulae: [`"${validation.values.join(',')}"`] }
        : {
            type: 'decimal' as const,
            allowBlank: true,
            operator: validation.max === undefined ? ('greaterThanOrEqual' as const) : ('between' as const),
            formulae: validation.max === undefined ? [validation.min] : [validation.min, validation.max],
          };
    const prompt = validation.prompt ? { showInputMessage: true, prompt: validation.prompt } : {};
    // ExcelJS 4.4 has range validation (worksheet.dataValidations) but leaves it out of its typings.
    const ranged = sheet as unknown as { dataValidations: { add(ref: string, value: DataValidation): void } };
    ranged.dataValidations.add(toA1Range(validation.range), {
      ...rule,
      showErrorMessage: true,
      errorStyle: 'stop',
      ...prompt,
    });
  }
  for (const format of plan.conditionalFormats) {
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
  for (const { name, range } of plan.names) {
    const start = toA1({ row: range.top, col: range.left }).replace(/([A-Z]+)(\d+)/, '$$$1$$$2');
    const end = toA1({ row: range.bottom, col: range.right }).replace(/([A-Z]+)(\d+)/, '$$$1$$$2');
    const ref = `'${plan.sheet}'!${start}${start === end ? '' : `:${end}`}`;
    workbook.definedNames.add(ref, name);
  }
  if (plan.protect)
    await sheet.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
  return sheet;
}

/** Writes a whole plan into a workbook, sheet by sheet, in order. */
export async function writeWorkbookPlan(workbook: Workbook, plan: WorkbookPlan): Promise<void> {
  for (const sheet of plan.sheets) await writeSheetPlan(workbook, sheet);
}
