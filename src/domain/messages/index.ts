import type { MessageData } from '../findings';
import { enUS } from './en-US';
import { zhCN } from './zh-CN';

export type Locale = 'zh-CN' | 'en-US';

export const CATALOGUES: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  'zh-CN': zhCN,
  'en-US': enUS,
};

function lookup(id: string, locale: Locale): string | undefined {
  return CATALOGUES[locale][id] ?? zhCN[id];
}

/**
 * Renders a catalogue message: `{name}` placeholders take the data; a data value `@id` is itself
 * a catalogue entry (field and column names), so rules never carry language in their data.
 */
export function formatMessage(id: string, data: MessageData = {}, locale: Locale = 'zh-CN'): string {
  // `[[…]]` is said only when its placeholders all have data: what to do where, when the cell is known.
  const template = (lookup(id, locale) ?? id).replace(/\[\[(.*?)\]\]/g, (_whole, part: string) =>
    [...part.matchAll(/\{(\w+)\}/g)].every(([, key]) => key !== undefined && data[key] !== undefined)
      ? part
      : '',
  );
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = data[key];
    if (value === undefined) return whole;
    if (typeof value === 'string' && value.startsWith('@')) return lookup(value.slice(1), locale) ?? value;
    return String(value);
  });
}
