/** An Office.js failure said in Chinese with what to do about it; `code` keeps Excel's own error code. */
export class HostError extends Error {
  override readonly name = 'HostError';

  constructor(
    message: string,
    readonly code: string,
    options?: { readonly cause?: unknown },
  ) {
    super(message, options);
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
  const message = ((): string => {
    switch (code) {
      case 'AccessDenied':
        return `工作表或工作簿受保护，Excel 拒绝了修改（${text}）。请先撤销工作表保护（审阅 › 撤销工作表保护）后重试。`;
      case 'InvalidArgument':
        return `Excel 认为参数无效（${text}）。请检查工作表名称（不超过 31 个字符，不含 [ ] : * ? / \\）和单元格后重试。`;
      case 'InvalidOperationInCellEditMode':
        return 'Excel 正在编辑单元格。请先按 Enter 或 Esc 结束编辑，再重试。';
      case 'ItemNotFound':
        return `找不到要操作的工作表或单元格，可能已被改名或删除（${text}）。请重新检查后再试。`;
      case 'ItemAlreadyExists':
        return `工作簿中已有同名的工作表或名称（${text}）。请改名或删除后再试。`;
      case 'ApiNotFound':
        return `此版本 Excel 不支持所需的功能（${text}）。请更新 Office 后重试。`;
      case 'RequestPayloadSizeLimitExceeded':
        return '一次写入的数据超过了 Excel 的限制（网页版每次 5 MB）。请删去与自评表无关的大工作表，或改用浏览器文件模式检查。';
      case 'ResponsePayloadSizeLimitExceeded':
        return '工作表数据太多：分批读取后，Excel 一次传回的数据仍超过限制（网页版每次 5 MB）。请删去与自评表无关的大工作表或超长文字，或改用浏览器文件模式检查。';
      default:
        return `操作未完成：${text}。请重试，或保存后重新打开工作簿。`;
    }
  })();
  return new HostError(message, code, { cause: error });
}
