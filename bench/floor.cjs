'use strict';
// The floor of `jixiao check`: ExcelJS loading the same files as `jixiao check` reads them (the bytes, then
// workbook.xlsx.load), and nothing else. `node bench/floor.cjs [--jobs N] FILE…`; with --jobs N the files
// are shared out over N worker threads, as `jixiao check --jobs N` does.
const { readFile } = require('node:fs/promises');
const { Worker, isMainThread, parentPort } = require('node:worker_threads');
const ExcelJS = require('exceljs');

async function load(files) {
  for (const file of files) {
    const bytes = await readFile(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  }
}

async function main(argv) {
  let jobs = 1;
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--jobs') jobs = Number(argv[++i]);
    else files.push(argv[i]);
  }
  if (jobs <= 1) return load(files);
  // One file at a time to whichever worker is free, as the command line's pool does.
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(jobs, files.length) }, async () => {
      const worker = new Worker(__filename);
      await new Promise((resolve, reject) => {
        const feed = () => {
          if (next >= files.length) {
            void worker.terminate();
            resolve();
          } else worker.postMessage(files[next++]);
        };
        worker.on('message', feed);
        worker.on('error', reject);
        feed();
      });
    }),
  );
}

if (isMainThread)
  main(process.argv.slice(2)).catch((error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
// A file that fails to load rejects, which ends the worker with an error: the floor run fails loudly.
else parentPort.on('message', (file) => void load([file]).then(() => parentPort.postMessage('done')));
