/** The date grammar of values (domain.md §6): `9月前`, `2024年12月31日前`, `年底前`, `2023-10-20`. */
import type { DateValue } from './types';

/** `[截至]2024年12月31日前[完成]`, `9月前`, `12月底`, `2023年10月`; the words around it say nothing more. */
const DATE =
  /^(?:[^\d。;,，；]{0,8}?(?:为|于|在|截至|截止到?|计划))?(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号])?(底|末|中旬|上旬|下旬|份|初)?(前|之前|以前|以内|内)?(?:完成|完工|竣工|办结|实施|到位|发放|拨付)?(?:前)?$/u;
/** `年底前`, `2021年底`: the year's end. */
const YEAR_END = /^(?:本|当|今|(\d{4}))?年(?:底|末|内)(前|之前)?(?:完成|完工|竣工)?$/u;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

export function parseDate(text: string): DateValue | null {
  const compact = text.replace(/\s+/g, '');
  const iso = ISO_DATE.exec(compact);
  if (iso)
    return {
      kind: 'date',
      text,
      comparator: null,
      year: Number(iso[1]),
      month: Number(iso[2]),
      day: Number(iso[3]),
    };
  const yearEnd = YEAR_END.exec(compact);
  if (yearEnd)
    return {
      kind: 'date',
      text,
      comparator: '<=',
      year: yearEnd[1] ? Number(yearEnd[1]) : null,
      month: 12,
      day: 31,
    };
  const match = DATE.exec(compact);
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  const early = match[4] === '上旬' || match[4] === '初' ? 10 : match[4] === '中旬' ? 20 : 31;
  const by = match[5] !== undefined || /^(截至|截止)/.test(compact) || /前$/.test(compact);
  return {
    kind: 'date',
    text,
    comparator: by ? '<=' : null,
    year: match[1] === undefined ? null : Number(match[1]),
    month,
    day: match[3] === undefined ? early : Number(match[3]),
  };
}
