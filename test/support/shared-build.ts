/**
 * Something slow that several test files need (a pane build, a corpus made with LibreOffice): built once into a
 * folder under build/ and reused while its fingerprint holds. Jest runs test files in parallel processes; a
 * lock folder makes the others wait for the first build instead of building it again.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';

const LOCK_WAIT_MS = 5 * 60_000;
const FINGERPRINT = '.fingerprint';

async function fresh(dir: string, fingerprint: string): Promise<boolean> {
  const path = `${dir}/${FINGERPRINT}`;
  return existsSync(path) && (await readFile(path, 'utf8')) === fingerprint;
}

/** The folder `dir`, built by `build` unless it already holds a build with this fingerprint. */
export async function sharedBuild(
  dir: string,
  fingerprint: string,
  build: (into: string) => Promise<void>,
): Promise<string> {
  const lock = `${dir}.lock`;
  await mkdir(dir.slice(0, dir.lastIndexOf('/')), { recursive: true });
  const started = Date.now();
  for (;;) {
    if (await fresh(dir, fingerprint)) return dir;
    try {
      await mkdir(lock);
      break;
    } catch {
      // Another test file is building it; a lock older than the wait is left from a killed run.
      const age =
        Date.now() -
        (await stat(lock).then(
          (s) => s.mtimeMs,
          () => Date.now(),
        ));
      if (age > LOCK_WAIT_MS || Date.now() - started > LOCK_WAIT_MS)
        await rm(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    if (await fresh(dir, fingerprint)) return dir;
    const next = `${dir}.new`;
    await rm(next, { recursive: true, force: true });
    await mkdir(next, { recursive: true });
    await build(next);
    await writeFile(`${next}/${FINGERPRINT}`, fingerprint);
    await rm(dir, { recursive: true, force: true });
    await rename(next, dir);
    return dir;
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}
