/**
 * Command-line arguments through Node's own parser (node:util parseArgs, strict): `--name value`,
 * `--name=value`, repeatable options, boolean flags, and `--help`/`-h` on every command. Its English errors
 * are said again from the catalogue, in the reader's language.
 */
import { parseArgs as parseNodeArgs } from 'node:util';
import { said, SaidError, type Said } from '../messages';

/** Parsed command-line arguments: positionals, and options with their values (repeatable). */
export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly options: ReadonlyMap<string, readonly string[]>;
}

/** Wrong usage: one catalogue sentence, printed with the usage, exit code 2. */
export class UsageError extends SaidError {
  constructor(sentence: Said) {
    super(sentence);
    this.name = 'UsageError';
  }
}

/** `--help` or `-h` was given: the command's own help is printed and the exit code is 0. */
export class HelpRequested extends Error {}

type OptionSpec = { type: 'string'; multiple: true } | { type: 'boolean'; short?: string };

/** The option named in a parser error message (`Unknown option '--x'`), for a sentence of our own. */
function optionIn(message: string): string {
  return /'(-[^'\s]+)/.exec(message)?.[1] ?? '';
}

/** The parser's error said as a usage error of ours. */
function usageErrorOf(error: unknown): UsageError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const message = error instanceof Error ? error.message : String(error);
  const name = optionIn(message);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
    return new UsageError(said('cli.args.unknown-option', { option: name }));
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return new UsageError(said('cli.args.needs-value', { option: name.split(' ')[0] ?? name }));
  return new UsageError(said('cli.args.invalid', { detail: message }));
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
    throw usageErrorOf(error);
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
