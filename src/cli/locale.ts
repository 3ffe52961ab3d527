/**
 * The language the command line speaks: `--lang zh|en` wherever it stands, else the environment's locale
 * (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them): English when it starts with `en`.
 */
import { failureText } from '../hosts/types';
import { said, SaidError, type Locale } from '../messages';
import { UsageError } from './args';

/** The environment variables the command line reads (process.env in the bin, chosen ones in tests). */
export type Environment = Readonly<Record<string, string | undefined>>;

const LANGUAGES: Readonly<Record<string, Locale>> = { zh: 'zh-CN', en: 'en-US' };

/** The environment's language: the first of LC_ALL, LC_MESSAGES and LANG that is set. */
export function environmentLocale(env: Environment): Locale {
  const setting = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((value) => value);
  return setting?.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}

/** The arguments without `--lang`, and the language it chose (undefined when not given). */
export interface LanguageChoice {
  readonly argv: readonly string[];
  readonly lang: string | undefined;
}

/** Takes `--lang X` or `--lang=X` out of the arguments (before `--`), so that every command accepts it. */
export function takeLanguage(argv: readonly string[]): LanguageChoice {
  const rest: string[] = [];
  let lang: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else if (arg === '--lang') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('-'))
        throw new UsageError(said('cli.args.needs-value', { option: '--lang' }));
      lang = value;
      i++;
    } else rest.push(arg);
  }
  return { argv: rest, lang };
}

/** `zh` or `en` as a locale; anything else is a usage error. */
export function chosenLocale(lang: string | undefined, env: Environment): Locale {
  if (lang === undefined) return environmentLocale(env);
  const locale = LANGUAGES[lang.trim().toLowerCase()];
  if (!locale) throw new UsageError(said('cli.args.lang', { value: lang }));
  return locale;
}

/** Any error as a person reads it, in `locale`: a catalogue sentence in that language, else its message. */
export function errorText(error: unknown, locale: Locale): string {
  return error instanceof SaidError ? error.in(locale) : failureText(error, locale);
}
