/** `npm run corpus`: the checker measured on the real-form corpus (test/corpus); prints every figure. */
import { corpusReport, measureCorpus } from '../test/corpus/measure';

measureCorpus().then(
  (run) => console.log(corpusReport(run)),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
