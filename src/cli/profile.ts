import { readFile } from 'node:fs/promises';
import { BUILTIN_PROFILES, builtinProfile, parseProfileText, RULES, type Profile } from '../domain';
import { UsageError } from './args';

/** `--profile national` or `--profile 某局.json`: a built-in by id, else a bureau's file. */
export async function resolveProfile(value: string | undefined): Promise<Profile | undefined> {
  if (value === undefined) return undefined;
  const builtin = builtinProfile(value);
  if (builtin) return builtin;
  if (!/\.json$/i.test(value)) {
    const names = BUILTIN_PROFILES.map((p) => p.id).join('、');
    throw new UsageError(`没有名为“${value}”的内置配置（可选：${names}），也不是 .json 配置文件。`);
  }
  let text: string;
  try {
    text = await readFile(value, 'utf8');
  } catch {
    throw new UsageError(`无法读取配置文件“${value}”。`);
  }
  const result = parseProfileText(
    text,
    RULES.map((rule) => rule.id),
  );
  if (!result.ok) throw new UsageError(`配置文件“${value}”有误：\n  ${result.errors.join('\n  ')}`);
  return result.profile;
}
