// `npm test`: every quality gate in order — ESLint, Prettier, TypeScript, the CLI build, Jest. All gates run even when
// an earlier one fails, so one run shows every problem. Exits non-zero if any gate fails. The last line
// of output is always `N passed, N failed`: Jest's test counts, where every failed gate other than Jest
// (and every test file Jest could not run) also counts as one failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Path of a package's executable script, from its package.json "bin". */
function bin(pkg, name = pkg) {
  const manifestPath = require.resolve(`${pkg}/package.json`);
  const { bin: entry } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const relative = typeof entry === 'string' ? entry : entry[name];
  return join(dirname(manifestPath), relative);
}

function run(label, script, args) {
  console.log(`\n▶ ${label}: ${[script.slice(ROOT.length + 1), ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(process.execPath, [script, ...args], { cwd: ROOT, stdio: 'inherit' });
  const ok = result.status === 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${ok ? '✔' : '✘'} ${label} ${ok ? 'passed' : 'FAILED'} (${seconds} s)`);
  return ok;
}

const gates = [];
gates.push({ name: 'eslint', ok: run('eslint', bin('eslint'), ['--max-warnings', '0', '.']) });
gates.push({ name: 'prettier', ok: run('prettier', bin('prettier'), ['--check', '.']) });
gates.push({ name: 'tsc', ok: run('tsc', bin('typescript', 'tsc'), ['--noEmit', '-p', 'tsconfig.json']) });

// The bin and hostile-file tests run the compiled command line: compile it from the current sources first.
gates.push({
  name: 'build:cli',
  ok: run('build:cli', bin('typescript', 'tsc'), ['-p', 'tsconfig.cli.json']),
});

const tempDir = mkdtempSync(join(tmpdir(), 'jixiao-jest-'));
const jestJson = join(tempDir, 'results.json');
const jestOk = run('jest', bin('jest'), ['--json', '--outputFile', jestJson]);
gates.push({ name: 'jest', ok: jestOk });

let passed = 0;
let failed = 0;
try {
  const results = JSON.parse(readFileSync(jestJson, 'utf8'));
  passed = results.numPassedTests;
  failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
  if (!jestOk && failed === 0) failed = 1; // e.g. no tests found, or a coverage threshold
} catch {
  failed = 1; // Jest did not get as far as writing results
} finally {
  rmSync(tempDir, { recursive: true, force: true });
}

const failedGates = gates.filter((gate) => !gate.ok);
failed += failedGates.filter((gate) => gate.name !== 'jest').length;

console.log(`\nGates: ${gates.map((gate) => `${gate.name} ${gate.ok ? 'ok' : 'FAILED'}`).join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failedGates.length > 0 ? 1 : 0;
