/** What every sheet of a template pack shares: the options worked out once, its words, and the amount rule. */
import type { Profile } from '../../domain/profiles/types';
import { formatMessage, type MessageData, type MessageId } from '../../messages';
import type { Merge } from '../../sheet/grid';
import type { Validation } from '../../sheet/plan';
import { a1, range, type SheetBuilder } from './builder';

export interface TemplateContext {
  readonly profile: Profile;
  readonly year: number;
  readonly unit: string;
  readonly rowsPerLevel2: number;
  /** The bureau, its notice and the deadline, as one line under the title; empty when none was given. */
  readonly issuerLine: string;
  /** The page footer: template version and profile. */
  readonly footer: string;
  readonly signOff: string;
}

/** A sentence of the templates, from the catalogue: in Chinese, the language of the official forms. */
export const templateText = (id: MessageId, data?: MessageData): string => formatMessage(id, data, 'zh-CN');

/** The sign-off line under each form, as the official tables print it. */
export const SIGN_OFF =
  '单位负责人签字：　　　　　　　　填表人：　　　　　　　　联系电话：　　　　　　　　填报日期：';

/** Amounts in 万元: not below 0, at most two decimals. */
export function amountRule(area: Merge): Validation {
  const cell = a1(area.top, area.left);
  return {
    range: area,
    type: 'custom',
    formula: `AND(ISNUMBER(${cell}),${cell}>=0,ROUND(${cell},2)=${cell})`,
    prompt: templateText('templates.amount.prompt'),
    error: templateText('templates.amount.error'),
  };
}

/** The attachment's number, the form's title across the sheet and the issuer's line; returns the next row. */
export function titleRows(
  b: SheetBuilder,
  last: number,
  form: { readonly attachment: string; readonly title: string },
  context: TemplateContext,
): number {
  b.text(0, last, form.attachment, { bold: true, fontSize: 12 });
  b.put(1, 0, { value: form.title, style: { bold: true, fontSize: 16, align: 'center', wrap: false } });
  b.merge(range(1, 0, 1, last));
  if (!context.issuerLine) return 2;
  b.text(2, last, context.issuerLine, { align: 'right', fontSize: 10 });
  return 3;
}
