import { BilingualError } from '../types';

/** An Office.js failure said with what to do about it (Chinese, and English); `code` keeps Excel's own code. */
export class HostError extends BilingualError {
  override readonly name = 'HostError';

  constructor(
    message: string,
    readonly code: string,
    options?: { readonly cause?: unknown; readonly en?: string },
  ) {
    super(message, options?.en ?? message, options);
  }
}

/** The `code` of an OfficeExtension.Error (a plain string such as `AccessDenied`), when there is one. */
function officeCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Turns whatever Excel threw into a HostError that tells the user what to do; HostErrors pass through. */
export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const code = officeCode(error) ?? 'Unknown';
  const text = detail(error);
  const [message, en] = ((): [string, string] => {
    switch (code) {
      case 'AccessDenied':
        return [
          `工作表或工作簿受保护，Excel 拒绝了修改（${text}）。请先撤销工作表保护（审阅 › 撤销工作表保护）后重试。`,
          `The sheet or workbook is protected and Excel refused the change (${text}). Unprotect it (Review › Unprotect Sheet) and try again.`,
        ];
      case 'InvalidArgument':
        return [
          `Excel 认为参数无效（${text}）。请检查工作表名称（不超过 31 个字符，不含 [ ] : * ? / \\）和单元格后重试。`,
          `Excel found an argument invalid (${text}). Check the sheet names (31 characters at most, none of [ ] : * ? / \\) and the cells, and try again.`,
        ];
      case 'InvalidOperationInCellEditMode':
        return [
          'Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑，再重试。',
          'Excel is editing a cell. Press Enter or Esc to finish, then try again.',
        ];
      case 'ItemNotFound':
        return [
          `找不到要操作的工作表或单元格，可能已被改名或删除（${text}）。请重新检查后再试。`,
          `The sheet or cell was not found; it may have been renamed or deleted (${text}). Check again and retry.`,
        ];
      case 'ItemAlreadyExists':
        return [
          `工作簿中已有同名的工作表或名称（${text}）。请改名或删除后再试。`,
          `The workbook already has a sheet or name of that name (${text}). Rename or delete it and try again.`,
        ];
      case 'ApiNotFound':
        return [
          `此版本 Excel 不支持所需的功能（${text}）。请更新 Office 后重试。`,
          `This version of Excel lacks a feature the add-in needs (${text}). Update Office and try again.`,
        ];
      case 'RequestPayloadSizeLimitExceeded':
        return [
          '一次写入的数据超过了 Excel 的限制（网页版每次 5 MB）。请删去与自评表无关的大工作表，或改用浏览器文件模式检查。',
          'One write was larger than Excel allows (5 MB at a time on the web). Remove large sheets unrelated to the forms, or check the file in file mode.',
        ];
      case 'ResponsePayloadSizeLimitExceeded':
        return [
          '工作表数据太多：分批读取后，Excel 一次传回的数据仍超过限制（网页版每次 5 MB）。请删去与自评表无关的大工作表或超长文字，或改用浏览器文件模式检查。',
          'The sheets hold too much: even read in parts, one answer from Excel passed its limit (5 MB at a time on the web). Remove large unrelated sheets or very long texts, or check the file in file mode.',
        ];
      default:
        return [
          `操作未完成：${text}。请重试，或保存后重新打开工作簿。`,
          `The operation did not complete: ${text}. Try again, or save and reopen the workbook.`,
        ];
    }
  })();
  return new HostError(message, code, { cause: error, en });
}
