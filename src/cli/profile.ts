import { readFile } from 'node:fs/promises';
import { BUILTIN_PROFILES, builtinProfile, parseProfileText, RULES, type Profile } from '../domain';
import { said, type Locale } from '../messages';
import { UsageError } from './args';
import { plainList } from './layout';

/** `--profile national` or `--profile 某局.json`: a built-in by id, else a bureau's file (its errors in `locale`). */
export async function resolveProfile(
  value: string | undefined,
  locale: Locale = 'zh-CN',
): Promise<Profile | undefined> {
  if (value === undefined) return undefined;
  const builtin = builtinProfile(value);
  if (builtin) return builtin;
  if (!/\.json$/i.test(value)) {
    const names = plainList(
      BUILTIN_PROFILES.map((p) => p.id),
      locale,
    );
    throw new UsageError(said('cli.profile.unknown', { name: value, names }));
  }
  let text: string;
  try {
    text = await readFile(value, 'utf8');
  } catch {
    throw new UsageError(said('cli.profile.unreadable', { file: value }));
  }
  const result = parseProfileText(
    text,
    RULES.map((rule) => rule.id),
    locale,
  );
  if (!result.ok)
    throw new UsageError(said('cli.profile.invalid', { file: value, errors: result.errors.join('\n  ') }));
  return result.profile;
}
