/**
 * Command-line arguments through Node's own parser (node:util parseArgs, strict): `--name value`,
 * `--name=value`, repeatable options, boolean flags, and `--help`/`-h` on every command. Its English errors
 * are said again in Chinese.
 */
import { parseArgs as parseNodeArgs } from 'node:util';

/** Parsed command-line arguments: positionals, and options with their values (repeatable). */
export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly options: ReadonlyMap<string, readonly string[]>;
}

export class UsageError extends Error {}

/** `--help` or `-h` was given: the command's own help is printed and the exit code is 0. */
export class HelpRequested extends Error {}

type OptionSpec = { type: 'string'; multiple: true } | { type: 'boolean'; short?: string };

/** The option named in a parser error message (`Unknown option '--x'`), for a Chinese sentence. */
function optionIn(message: string): string {
  return /'(-[^'\s]+)/.exec(message)?.[1] ?? '';
}

/** Parses argv for one command: `valued` options take a value, `flags` do not; unknown options are refused. */
export function parseArgs(
  argv: readonly string[],
  valued: readonly string[],
  flags: readonly string[],
): ParsedArgs {
  const options: Record<string, OptionSpec> = { help: { type: 'boolean', short: 'h' } };
  for (const name of valued) options[name] = { type: 'string', multiple: true };
  for (const name of flags) options[name] = { type: 'boolean' };
  let parsed: ReturnType<typeof parseNodeArgs>;
  try {
    parsed = parseNodeArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    const message = error instanceof Error ? error.message : String(error);
    const name = optionIn(message);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`不认识的选项 ${name}。`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(`选项 ${name.split(' ')[0] ?? name} 需要一个值。`);
    throw new UsageError(`参数有误：${message}`);
  }
  if (parsed.values['help'] === true) throw new HelpRequested();
  const values = new Map<string, string[]>();
  for (const [name, value] of Object.entries(parsed.values)) {
    if (name === 'help' || value === undefined || value === false) continue;
    values.set(name, Array.isArray(value) ? value.map(String) : [String(value)]);
  }
  return { positionals: parsed.positionals, options: values };
}

export function option(args: ParsedArgs, name: string): string | undefined {
  return args.options.get(name)?.at(-1);
}
