/**
 * Every sentence a person reads, in Chinese (first) and English: findings, file refusals, Excel's notes,
 * the command line, the copies, templates, profiles, the summary workbook and the pane. One catalogue in
 * areas (one file per area and language); the Chinese areas are the list of ids, and TypeScript makes the
 * English ones hold every id. Nothing else in src writes a sentence (test/house/catalogue.test.ts).
 */
import * as en from './en-US';
import * as zh from './zh-CN';

export type Locale = 'zh-CN' | 'en-US';

/** A sentence not yet rendered: its id and data, said later in the reader's language. */
export interface Said {
  readonly id: MessageId;
  readonly data?: MessageData;
}

/**
 * Placeholder values: `{name}` in a message takes `data.name`; a text `@id` is itself a catalogue entry, and a
 * Said is rendered in the same language (a message made of messages: a refusal inside a sentence about it).
 */
export type MessageData = Readonly<Record<string, string | number | Said>>;

export const said = (id: MessageId, data?: MessageData): Said => (data ? { id, data } : { id });

const ZH = {
  ...zh.findings,
  ...zh.files,
  ...zh.office,
  ...zh.copy,
  ...zh.templates,
  ...zh.profiles,
  ...zh.cli,
  ...zh.summary,
  ...zh.pane,
};

/** The id of a catalogue sentence: `exec-rate.mismatch`, `file.too-large`, `pane.title`. */
export type MessageId = keyof typeof ZH;

const EN: Readonly<Record<MessageId, string>> = {
  ...en.findings,
  ...en.files,
  ...en.office,
  ...en.copy,
  ...en.templates,
  ...en.profiles,
  ...en.cli,
  ...en.summary,
  ...en.pane,
};

/** The areas, for the test that no id is in two of them. */
export const AREAS: Readonly<Record<Locale, readonly Readonly<Record<string, string>>[]>> = {
  'zh-CN': Object.values(zh),
  'en-US': Object.values(en),
};

export const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageId, string>>>> = {
  'zh-CN': ZH,
  'en-US': EN,
};

export const isMessageId = (id: string): id is MessageId => Object.hasOwn(ZH, id);

function lookup(id: string, locale: Locale): string | undefined {
  return isMessageId(id) ? CATALOGUES[locale][id] : undefined;
}

/**
 * Renders a catalogue message: `{name}` placeholders take the data; a data value `@id` is itself
 * a catalogue entry (field and column names), so callers never carry language in their data.
 */
export function formatMessage(id: MessageId, data: MessageData = {}, locale: Locale = 'zh-CN'): string {
  // `[[…]]` is said only when its placeholders all have data: what to do where, when the cell is known.
  const template = CATALOGUES[locale][id].replace(/\[\[(.*?)\]\]/g, (_whole, part: string) =>
    [...part.matchAll(/\{(\w+)\}/g)].every(([, key]) => key !== undefined && data[key] !== undefined)
      ? part
      : '',
  );
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = data[key];
    if (value === undefined) return whole;
    if (typeof value === 'object') return formatMessage(value.id, value.data, locale);
    if (typeof value === 'string' && value.startsWith('@')) return lookup(value.slice(1), locale) ?? value;
    return String(value);
  });
}

/** Renders a Said. */
export const say = (sentence: Said, locale: Locale = 'zh-CN'): string =>
  formatMessage(sentence.id, sentence.data, locale);

/**
 * An error a person reads: a catalogue sentence, kept as id and data so that whoever shows it says it in the
 * reader's language (`message` is the Chinese, for logs and for code that only knows Error).
 */
export class SaidError extends Error {
  readonly said: Said;

  constructor(sentence: Said, options?: ErrorOptions) {
    super(say(sentence), options);
    this.name = 'SaidError';
    this.said = sentence;
  }

  /** The sentence in `locale`. */
  in(locale: Locale): string {
    return say(this.said, locale);
  }
}
