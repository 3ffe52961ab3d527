/** `npx tsx test/corpus/validate.ts [file…]`: checks corpus files' shape. */
import { readTable, FORMS_DIR } from './format';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const files = process.argv.slice(2);
const targets =
  files.length > 0
    ? files
    : readdirSync(FORMS_DIR)
        .filter((n) => n.endsWith('.json'))
        .map((n) => join(FORMS_DIR, n));
let bad = 0;
for (const file of targets) {
  try {
    const table = readTable(file);
    console.log(
      `ok   ${table.id}: ${String(table.rows.length)} rows, ${table.kind}, ${table.source.province}`,
    );
  } catch (error) {
    bad++;
    console.log(`FAIL ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exitCode = bad > 0 ? 1 : 0;
