/**
 * A worker thread of `--jobs N` (see pool.ts), run by piscina: checks the file it is given and answers with
 * plain data — the FileCheck without its workbook, or the file's summary rows.
 */
import { relative } from 'node:path';
import { workerData } from 'node:worker_threads';
import { checkFile } from './check-files';
import { summarizeCheck } from './file-summary';
import type { WorkerReply, WorkerSetup, WorkerTask } from './pool';

const setup = workerData as WorkerSetup;

/** Checks one file; a failure the check itself did not catch is answered, never thrown. */
export default async function checkTask({ file }: WorkerTask): Promise<WorkerReply<unknown>> {
  try {
    const check = await checkFile(file, setup.profile, false, setup.locale);
    const result = setup.task === 'check' ? check : summarizeCheck(check, relative(setup.base, file));
    return { kind: 'result', result };
  } catch (error) {
    return { kind: 'failure', failure: error instanceof Error ? error.message : String(error) };
  }
}
