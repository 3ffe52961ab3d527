/** Where the command line writes: injected so tests capture output and main() stays pure of process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
}
