/** What `jixiao`, `jixiao help` and `jixiao <command> --help` print, from the catalogue. */
import { formatMessage, type Locale, type MessageId } from '../messages';

const COMMAND_HELP: Readonly<Record<string, MessageId>> = {
  template: 'cli.help.template',
  check: 'cli.help.check',
  review: 'cli.help.review',
};

/** Every command's help, with the options they share. */
export function usage(locale: Locale): string {
  const say = (id: MessageId): string => formatMessage(id, {}, locale);
  const commands = Object.values(COMMAND_HELP).map(say).join('');
  return `${say('cli.help.title')}\n\n${say('cli.help.usage')}\n${commands}\n${say('cli.help.common')}`;
}

/** One command's own help (`jixiao check --help`); the whole usage for anything else. */
export function commandHelp(command: string | undefined, locale: Locale): string {
  const id = command === undefined ? undefined : COMMAND_HELP[command];
  if (id === undefined) return usage(locale);
  const say = (message: MessageId): string => formatMessage(message, {}, locale);
  return `${say('cli.help.usage')}\n${say(id)}\n${say('cli.help.common')}`;
}
