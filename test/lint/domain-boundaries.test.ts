/**
 * The layer rule of DESIGN.md ("src/domain imports no Office.js, ExcelJS, React, DOM or node:*") is an
 * ESLint error. These tests lint small snippets as if they were files under src/ so that a change to
 * eslint.config.mjs cannot silently drop it. ESLint loads its ESM config in a child Node.js process.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

interface LintMessage {
  ruleId: string | null;
  message: string;
}

const ROOT = join(__dirname, '..', '..');

const LINT_SCRIPT = `
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
const cases = JSON.parse(process.argv[1]);
// Type-aware rules need files on disk; these snippets are virtual, and the rules under test are not type-aware.
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: [tseslint.configs.disableTypeChecked] });
const out = [];
for (const { filePath, code } of cases) {
  const [result] = await eslint.lintText(code, { filePath });
  out.push(result.messages.map(({ ruleId, message }) => ({ ruleId, message })));
}
process.stdout.write(JSON.stringify(out));
`;

function lint(cases: ReadonlyArray<{ filePath: string; code: string }>): LintMessage[][] {
  const child = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', LINT_SCRIPT, JSON.stringify(cases)],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  if (child.status !== 0) throw new Error(`ESLint failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as LintMessage[][];
}

const BOUNDARY_RULES = new Set([
  '@typescript-eslint/no-restricted-imports',
  'no-restricted-globals',
  'no-restricted-syntax',
]);

const forbiddenInDomain: ReadonlyArray<[string, string]> = [
  ['Office.js', "import '@microsoft/office-js';"],
  ['ExcelJS', "import ExcelJS from 'exceljs'; export { ExcelJS };"],
  ['React', "import { useState } from 'react'; export { useState };"],
  ['react-dom', "import { createRoot } from 'react-dom/client'; export { createRoot };"],
  ['Fluent UI', "import { Button } from '@fluentui/react-components'; export { Button };"],
  ['node: modules', "import { readFileSync } from 'node:fs'; export { readFileSync };"],
  ['bare Node.js built-ins', "import path from 'path'; export { path };"],
  ['Node.js subpaths', "import { readFile } from 'fs/promises'; export { readFile };"],
  ['type-only imports of hosts', "import type { Workbook } from 'exceljs'; export type W = Workbook;"],
  ['re-exports', "export * from 'node:crypto';"],
  ['the sheet layer', "import { x } from '../sheet/grid'; export { x };"],
  ['the forms layer', "import { x } from '../forms'; export { x };"],
  ['the Office host', "import { x } from '../hosts/office/apply'; export { x };"],
  ['the task pane', "import { x } from '../taskpane/App'; export { x };"],
  ['the CLI', "import { x } from '../cli/main'; export { x };"],
  ['window', 'export const u = window.location.href;'],
  ['document', 'export const t = document.title;'],
  ['Office', 'export const r = Office.onReady;'],
  ['Excel', 'export const e = Excel.run;'],
  ['Office.js types', 'export type R = Excel.Range;'],
  ['process', 'export const v = process.env.X;'],
  ['require', "export const m: unknown = require('x');"],
  ['dynamic import()', "export const lazy = () => import('./later');"],
];

describe('ESLint keeps src/domain pure', () => {
  const files = ['src/domain/probe.ts', 'src/domain/rules/probe.ts'];
  const cases = files.flatMap((filePath) =>
    forbiddenInDomain.map(([, code]) => ({
      filePath,
      // From a nested folder, relative imports must climb one more level to leave src/domain.
      code: filePath.includes('/rules/') ? code.replace("'../", "'../../") : code,
    })),
  );
  let results: LintMessage[][] = [];
  beforeAll(() => {
    results = lint([
      ...cases,
      { filePath: 'src/domain/rules/probe.ts', code: "import { f } from '../forms/local'; export { f };" },
      // The command line reads files (src/sheet and src/forms no longer may: eslint.layers.cjs).
      {
        filePath: 'src/cli/probe.ts',
        code: "import { readFileSync } from 'node:fs'; export { readFileSync };",
      },
      { filePath: 'src/sheet/probe.ts', code: "import '@microsoft/office-js';" },
    ]);
  }, 60_000);

  it.each(
    files.flatMap((file, f) =>
      forbiddenInDomain.map(([what], i) => [file, what, f * forbiddenInDomain.length + i] as const),
    ),
  )('%s: forbids %s', (_file, _what, index) => {
    const boundary = (results[index] ?? []).filter((m) => m.ruleId !== null && BOUNDARY_RULES.has(m.ruleId));
    expect(boundary.length).toBeGreaterThan(0);
    expect(boundary[0]?.message).toMatch(/src\/domain/);
  });

  it("allows a domain folder of its own named like a layer (src/domain/rules → '../forms')", () => {
    expect(results[cases.length]).toEqual([]);
  });

  it('leaves the command line free to use Node.js', () => {
    expect(results[cases.length + 1]).toEqual([]);
  });

  it('forbids importing Office.js anywhere in src', () => {
    expect(results[cases.length + 2]?.map((m) => m.ruleId)).toEqual([
      '@typescript-eslint/no-restricted-imports',
    ]);
  });
});
