/** What every sheet of a template pack shares: the options worked out once, and the amount rule. */
import type { Profile } from '../../domain/profiles/types';
import type { Merge } from '../../sheet/grid';
import type { Validation } from '../../sheet/plan';
import { a1 } from './builder';

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
    prompt: '填写金额（万元）：不小于 0，最多两位小数。',
    error: '金额应为不小于 0 的数，单位万元，最多两位小数。',
  };
}
