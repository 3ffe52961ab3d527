import { OutputError, OutputExistsError } from '../hosts/xlsx/save';
import { formatMessage, said, type Locale } from '../messages';
import { HelpRequested, UsageError } from './args';
import { checkCommand, EXIT } from './check-command';
import { commandHelp, usage } from './help';
import type { CliIo } from './io';
import { chosenLocale, environmentLocale, errorText, takeLanguage } from './locale';
import { reviewCommand } from './review-dir';
import { templateCommand } from './template';

export { EXIT } from './check-command';

/** Runs one command in `locale`; `help` and no command print the usage. */
async function run(argv: readonly string[], io: CliIo, locale: Locale): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return checkCommand(rest, io, locale);
    case 'template':
      return templateCommand(rest, io, locale);
    case 'review':
      return reviewCommand(rest, io, locale);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.stdout(usage(locale));
      return command === undefined ? EXIT.failure : EXIT.ok;
    default:
      throw new UsageError(said('cli.unknown-command', { command }));
  }
}

/** What a failure prints, and the exit code. */
function failed(error: unknown, command: string | undefined, io: CliIo, locale: Locale): number {
  if (error instanceof HelpRequested) {
    io.stdout(commandHelp(command, locale));
    return EXIT.ok;
  }
  if (error instanceof UsageError) {
    io.stderr(`${error.in(locale)}\n\n${usage(locale)}`);
    return EXIT.failure;
  }
  if (error instanceof OutputError || error instanceof OutputExistsError) {
    io.stderr(`${errorText(error, locale)}\n`);
    return EXIT.failure;
  }
  // Anything else is our bug: say so plainly, without a stack trace.
  io.stderr(`${formatMessage('cli.unexpected', { detail: errorText(error, locale) }, locale)}\n`);
  return EXIT.failure;
}

/**
 * Runs `jixiao`; returns the exit code (only bin sets process.exitCode). It speaks the language of `--lang`,
 * else of the environment the bin passes in (`io.env`); Chinese when neither says.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let locale = environmentLocale(io.env ?? {});
  let command: string | undefined;
  try {
    const choice = takeLanguage(argv);
    locale = chosenLocale(choice.lang, io.env ?? {});
    command = choice.argv[0];
    return await run(choice.argv, io, locale);
  } catch (error) {
    return failed(error, command, io, locale);
  }
}
