/**
 * Offline structural check of an add-in manifest.
 *
 *   npm run manifest:check                       # ./manifest.xml
 *   npm run manifest:check -- dist/manifest.xml  # the one `npm run build` wrote
 *
 * Exit code 0 when the manifest passes, 1 when it has problems, 2 when it cannot be read.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { checkManifest, formatProblems } from '../src/manifest/checkManifest';

const file = process.argv[2] ?? 'manifest.xml';
let xml: string;
try {
  xml = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`Cannot read ${file}: ${(error as Error).message}`);
  process.exit(2);
}

const problems = checkManifest(xml);
const name = relative(process.cwd(), file) || file;
if (problems.length === 0) {
  console.log(`${name}: OK (清单结构检查通过)`);
} else {
  console.error(formatProblems(problems, name));
  console.error(`${name}: ${problems.length} problem(s) (清单有 ${problems.length} 处问题)`);
  process.exitCode = 1;
}
