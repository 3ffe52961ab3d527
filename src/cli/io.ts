import type { Environment } from './locale';

/** Where the command line writes: injected so tests capture output and main() stays pure of process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  /** The environment whose locale (LC_ALL, LC_MESSAGES, LANG) chooses the language; none means Chinese. */
  readonly env?: Environment;
}
