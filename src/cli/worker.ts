/**
 * A worker thread of `--jobs N` (see pool.ts): checks the files it is sent, one at a time, and answers
 * with plain data — the FileCheck without its workbook, or the file's summary rows.
 */
import { relative } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile } from './check-files';
import { summarizeCheck, type WorkerReply, type WorkerRequest, type WorkerSetup } from './pool';

const port = parentPort;
if (!port) throw new Error('worker.js runs only as a worker thread of the command line.');
const setup = workerData as WorkerSetup;

async function answer({ index, file }: WorkerRequest): Promise<WorkerReply<unknown>> {
  try {
    const check = await checkFile(file, setup.profile);
    const result = setup.task === 'check' ? check : summarizeCheck(check, relative(setup.base, file));
    return { kind: 'result', index, result };
  } catch (error) {
    return { kind: 'failure', index, failure: error instanceof Error ? error.message : String(error) };
  }
}

// One file at a time, in the order sent: the pool counts on the first unanswered file being the one in work.
let queue = Promise.resolve();
port.on('message', (request: WorkerRequest) => {
  queue = queue.then(async () => port.postMessage(await answer(request)));
});
port.postMessage({ kind: 'ready' } satisfies WorkerReply<unknown>);
