import { said, SaidError, type MessageId, type Said } from '../../messages';

/** An Office.js failure said with what to do about it (from the catalogue); `code` keeps Excel's own. */
export class HostError extends SaidError {
  override readonly name = 'HostError';

  constructor(
    sentence: Said,
    readonly code: string,
    options?: ErrorOptions,
  ) {
    super(sentence, options);
  }
}

/** What to say of each of Excel's error codes; any other is said with Excel's own words. */
const SENTENCES = new Map<string, MessageId>([
  ['AccessDenied', 'office.error.access-denied'],
  ['InvalidArgument', 'office.error.invalid-argument'],
  ['InvalidOperationInCellEditMode', 'office.error.cell-edit-mode'],
  ['ItemNotFound', 'office.error.not-found'],
  ['ItemAlreadyExists', 'office.error.already-exists'],
  ['ApiNotFound', 'office.error.api-missing'],
  ['RequestPayloadSizeLimitExceeded', 'office.error.request-too-large'],
  ['ResponsePayloadSizeLimitExceeded', 'office.error.response-too-large'],
]);

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
  const id = SENTENCES.get(code) ?? 'office.error.other';
  return new HostError(said(id, { detail: detail(error) }), code, { cause: error });
}
