import type { office as zh } from '../zh-CN/office';

/** office, key for key with zh-CN. */
export const office: Readonly<Record<keyof typeof zh, string>> = {
  'office.error.access-denied':
    'The sheet or workbook is protected and Excel refused the change ({detail}). Unprotect it (Review › Unprotect Sheet) and try again.',
  'office.error.invalid-argument':
    'Excel found an argument invalid ({detail}). Check the sheet names (31 characters at most, none of [ ] : * ? / \\) and the cells, and try again.',
  'office.error.cell-edit-mode': 'Excel is editing a cell. Press Enter or Esc to finish, then try again.',
  'office.error.not-found':
    'The sheet or cell was not found; it may have been renamed or deleted ({detail}). Check and try again.',
  'office.error.already-exists':
    'The workbook already has a sheet or a name called that ({detail}). Rename or delete it and try again.',
  'office.error.api-missing':
    'This version of Excel lacks a feature the add-in needs ({detail}). Update Office and try again.',
  'office.error.request-too-large':
    'One write was larger than Excel allows (5 MB at a time on the web). Remove large sheets unrelated to the forms, or check the file in file mode in a browser.',
  'office.error.response-too-large':
    'The sheets hold too much: even read in parts, one answer from Excel went over its limit (5 MB at a time on the web). Remove large sheets or very long texts unrelated to the forms, or check the file in file mode in a browser.',
  'office.error.other':
    'The operation did not complete: {detail}. Try again, or save and reopen the workbook.',
  'office.unsupported-version':
    'This version of Excel lacks features the add-in needs (it needs ExcelApi {version}: Microsoft 365 Version 2108 or later, Office LTSC 2021 or later, Excel for Mac 16.52 or later, or Excel on the web). Open this page in an up-to-date browser such as Chrome or Edge and check the forms in file mode.',
  'office.sheet-list': 'sheet “{name}”[[, {rest}]]',
  'office.protection.not-restored':
    '{failure} Protecting the sheets again failed too ({again}): protect {sheets} again under Review › Protect Sheet.',
  'office.template.sheet-exists':
    'The workbook already has a sheet named “{sheet}”, so no template was built. Rename or delete that sheet and try again, or build the template in a new workbook.',
  'office.template.not-built': '{failure} No template was built; the workbook is as it was.',
  'office.template.half-built':
    '{failure} The template was built only in part, and taking it back failed too ({again}): delete the new sheets and try again.',
  'office.template.fit-dropped':
    'Excel did not keep “Fit to page width” ({sheets}). Under Page Layout › Scale to Fit, set the width to 1 page.',
  'office.template.print-failed':
    'The print settings could not be written ({failure}). Under Page Layout, set A4 paper, fit to page width and the print title rows by hand.',
  'office.template.not-recalculated':
    'The formulas were not recalculated ({failure}). Press F9 to recalculate the workbook.',
  'office.template.name-exists': 'The name “{name}” already exists and was left as it is.',
  'office.template.prompt-title': 'How to fill in',
  'office.template.error-title': 'Invalid entry',
  'office.marks.no-comments':
    'This version of Excel has no comments (they need ExcelApi 1.10): cells with problems are marked by their fill only.',
  'office.marks.threaded-comment':
    '{cell} has someone else’s threaded comment: no note was added, only the fill.',
  'office.marks.others-comment':
    '{cell} already has someone else’s comment: nothing was added to it, only the fill.',
  'office.marks.has-note': '{cell} already has a note: no comment was added, only the fill.',
  'office.marks.sheet-gone':
    'The sheet “{sheet}” was renamed or deleted, so its marks cannot be cleared automatically: remove their fill and notes by hand.',
  'office.marks.record-damaged':
    'The record of marks saved in the workbook (setting {setting}) is damaged, so the original fills cannot be restored from it ({detail}). Clear the marks’ fills by hand.',
};
