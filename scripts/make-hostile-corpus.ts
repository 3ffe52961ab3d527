/**
 * Writes the hostile-file corpus (test/hostile/corpus.ts) into a folder, for trying `jixiao` by hand:
 *
 *   npm run corpus:hostile                   # ./test-artifacts/hostile
 *   npm run corpus:hostile -- /tmp/hostile   # another folder
 *
 * The files are generated, never committed: some are zip bombs, one is a 51 MiB sparse file.
 */
import { makeHostileCorpus, HOSTILE } from '../test/hostile/corpus';

async function run(): Promise<void> {
  const dir = process.argv[2] ?? 'test-artifacts/hostile';
  const started = Date.now();
  await makeHostileCorpus(dir);
  for (const entry of HOSTILE)
    console.log(`${entry.file.padEnd(28)} ${'refused' in entry.outcome ? '拒绝' : '审核'}  ${entry.what}`);
  console.log(`${String(HOSTILE.length)} files in ${dir} (${String(Date.now() - started)} ms)`);
}

void run();
