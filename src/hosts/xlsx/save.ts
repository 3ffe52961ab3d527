import { link, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { said, SaidError } from '../../messages';

/** A file that could not be written, said in one plain sentence (the command line prints it as it is). */
export class OutputError extends SaidError {
  constructor(path: string, cause: unknown) {
    const code = (cause as { code?: unknown } | null)?.code;
    super(said('files.cannot-write', { path, ...(typeof code === 'string' ? { code } : {}) }));
    this.name = 'OutputError';
  }
}

/** An output that would replace an existing file: nothing is overwritten unless asked for. */
export class OutputExistsError extends SaidError {
  constructor(readonly path: string) {
    super(said('files.exists', { path }));
    this.name = 'OutputExistsError';
  }
}

/** The temporary file a result is written to beside `path`, renamed over it only once complete. */
export function temporaryBeside(path: string): string {
  return join(dirname(path), `.${basename(path)}.${String(process.pid)}.tmp`);
}

/** Refuses at once an output that exists (before any work is done), unless overwriting was asked for. */
export async function refuseExisting(path: string, overwrite: boolean): Promise<void> {
  if (overwrite) return;
  const exists = await stat(path).then(
    () => true,
    () => false,
  );
  if (exists) throw new OutputExistsError(path);
}

/**
 * Puts a complete temporary file in place: renamed over `path` when overwriting, else linked to it (which
 * fails when `path` exists, so a file that appeared meanwhile is never replaced) and then removed.
 */
export async function settle(temporary: string, path: string, overwrite: boolean): Promise<void> {
  if (overwrite) {
    await rename(temporary, path);
    return;
  }
  try {
    await link(temporary, path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'EEXIST') throw new OutputExistsError(path);
    // A file system without hard links (some network shares): look first, then rename.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
    await refuseExisting(path, false);
    await rename(temporary, path);
    return;
  }
  await rm(temporary, { force: true });
}

/** Writes bytes through a temporary file, so no half-written file is ever left and nothing is overwritten. */
export async function writeFileAtomically(
  path: string,
  bytes: Uint8Array,
  { overwrite = false }: { overwrite?: boolean } = {},
): Promise<void> {
  const temporary = temporaryBeside(path);
  try {
    await writeFile(temporary, bytes);
    await settle(temporary, path, overwrite);
  } catch (error) {
    await rm(temporary, { force: true });
    if (error instanceof OutputExistsError) throw error;
    throw new OutputError(path, error);
  }
}
