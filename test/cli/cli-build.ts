/** build/cli for the tests that run the real bin or its workers: rebuilt only when a source is newer. */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { newestSource } from '../../src/cli/pool';

const ROOT = join(__dirname, '..', '..');

/**
 * Compiles the command line (tsconfig.cli.json) when any of its sources is newer than the build, so that
 * suites running the bin side by side do not read it half-written; `npm test` builds it before Jest.
 * Type errors elsewhere do not stop tsc from emitting.
 */
export async function ensureCliBuild(): Promise<void> {
  const built = join(ROOT, 'build', 'cli', 'cli', 'main.js');
  const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
  if (newestSource(join(ROOT, 'src')) <= builtAt) return;
  await new Promise<void>((resolve) => {
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    spawn(process.execPath, [tsc, '-p', 'tsconfig.cli.json'], { cwd: ROOT, stdio: 'ignore' }).on(
      'close',
      () => resolve(),
    );
  });
}
