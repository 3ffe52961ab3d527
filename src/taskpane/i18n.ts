/**
 * The pane's words, from the catalogue (src/messages, area `pane`) in the pane's locale. Findings come from
 * the findings area in the same locale; `t` also says the first-level indicator names (`level.*`) they share.
 */
import { createContext, useContext, useMemo } from 'react';
import {
  BUILTIN_PROFILES,
  type FormKind,
  type Level1Category,
  type Locale,
  type Profile,
  type Severity,
} from '../domain';
import { formatMessage } from '../messages';
import { pane } from '../messages/pane';
import { paneSettings } from '../messages/pane-settings';

/** An id the pane says: one of its own (`pane.…`), or a first-level indicator's name. */
export type TextKey = keyof typeof pane | keyof typeof paneSettings | `level.${Level1Category}`;

/** The pane's own ids (the area's Chinese file is the list; TypeScript makes English hold each one). */
export const TEXT_KEYS = [...Object.keys(pane), ...Object.keys(paneSettings)] as readonly (
  keyof typeof pane | keyof typeof paneSettings
)[];

/** Placeholder values of the pane's sentences. */
export type TextData = Readonly<Record<string, string | number>>;

/** A pane text in `locale`, its `{name}` placeholders filled from `data`; an unknown one stays as it is. */
export function uiText(locale: Locale, key: TextKey, data: TextData = {}): string {
  return formatMessage(key, data, locale);
}

/** The languages the pane offers, each named in itself. */
export const LANGUAGES: readonly (readonly [Locale, string])[] = (['zh-CN', 'en-US'] as const).map(
  (locale) => [locale, uiText(locale, 'pane.language.own-name')],
);

/** The language setting's label in every language at once, so that whoever cannot read the pane finds it. */
export const LANGUAGE_LABEL = LANGUAGES.map(([locale]) => uiText(locale, 'pane.language')).join(' / ');

/** The pane's locale for an Office display language or a browser language: English for `en…`, else Chinese. */
export function localeFor(language: string | null | undefined): Locale {
  return language && /^en\b/i.test(language) ? 'en-US' : 'zh-CN';
}

/** The built-in profiles' names in English, by id. */
const PROFILE_NAMES_EN: Readonly<Record<string, string>> = {
  national: 'National (Ministry of Finance)',
  hunan: 'Hunan',
  'hebei-local': 'Hebei (local)',
  guangxi: 'Guangxi Zhuang Autonomous Region',
  sichuan: 'Sichuan',
};

/** A profile's name in the pane's language: a bureau's own profile keeps the name it was given. */
export function profileName(profile: Profile, locale: Locale): string {
  const builtin = BUILTIN_PROFILES.some((p) => p.id === profile.id && p.name === profile.name);
  return locale === 'en-US' && builtin ? (PROFILE_NAMES_EN[profile.id] ?? profile.name) : profile.name;
}

export const kindKey = (kind: FormKind): TextKey => `pane.kind.${kind}`;
export const severityKey = (severity: Severity): TextKey => `pane.severity.${severity}`;
export const levelKey = (level: Level1Category): TextKey => `level.${level}`;

export const LocaleContext = createContext<Locale>('zh-CN');

/** `t(key, data)`: the pane's words in one language. */
export type Translate = (key: TextKey, data?: TextData) => string;

/** A `t` for `locale` (memoise it per locale in components: it is a new function each call). */
export function translator(locale: Locale): Translate {
  return (key, data) => uiText(locale, key, data);
}

/** The current locale and its `t`, for components below the pane's LocaleContext. */
export function useText(): { locale: Locale; t: Translate } {
  const locale = useContext(LocaleContext);
  const t = useMemo(() => translator(locale), [locale]);
  return { locale, t };
}
