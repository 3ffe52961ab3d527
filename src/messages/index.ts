/**
 * Every sentence a person reads, in Chinese (first) and English: findings, file refusals, Excel's notes,
 * the command line, the copies, templates, profiles, the summary workbook and the pane. One catalogue in
 * areas, one file each, every sentence with its two languages side by side. Nothing else in src writes a
 * sentence (test/house/catalogue-only.test.ts).
 */
import type { Sentence } from './area';
import { cli } from './cli';
import { copy } from './copy';
import { files } from './files';
import { findings } from './findings';
import { office } from './office';
import { pane } from './pane';
import { paneSettings } from './pane-settings';
import { profiles } from './profiles';
import { summary } from './summary';
import { templates } from './templates';

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

/** The areas, in the order their ids are listed. */
const AREA_LIST = [
  findings,
  files,
  office,
  copy,
  templates,
  profiles,
  cli,
  summary,
  pane,
  paneSettings,
] as const;

const ALL = {
  ...findings,
  ...files,
  ...office,
  ...copy,
  ...templates,
  ...profiles,
  ...cli,
  ...summary,
  ...pane,
  ...paneSettings,
};

/** The id of a catalogue sentence: `exec-rate.mismatch`, `files.too-large`, `pane.title`. */
export type MessageId = keyof typeof ALL;

/** One language of a set of sentences. */
const inLanguage = (sentences: Readonly<Record<string, Sentence>>, language: keyof Sentence) =>
  Object.fromEntries(Object.entries(sentences).map(([id, sentence]) => [id, sentence[language]]));

/** The areas, for the test that no id is in two of them. */
export const AREAS: readonly Readonly<Record<string, Sentence>>[] = AREA_LIST;

export const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageId, string>>>> = {
  'zh-CN': inLanguage(ALL, 'zh') as Readonly<Record<MessageId, string>>,
  'en-US': inLanguage(ALL, 'en') as Readonly<Record<MessageId, string>>,
};

export const isMessageId = (id: string): id is MessageId => Object.hasOwn(ALL, id);

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
