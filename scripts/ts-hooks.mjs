// Node.js module hooks that run TypeScript files directly: each .ts file is transpiled on load with the
// project's own `typescript` package (no type checking; `npm run typecheck` does that). Extensionless
// relative imports ('./xml') resolve to .ts/.tsx files or index.ts, as the Bundler resolution in
// tsconfig.json allows. Test helpers the bench shares were written for jest's CommonJS, so a module that
// names `__dirname` gets it from `import.meta.dirname`. Registered by scripts/register-ts.mjs: `node --import ./scripts/register-ts.mjs x.ts`.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const TS_EXTENSION = /\.(ts|tsx|mts|cts)$/;
const CANDIDATES = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

export async function resolve(specifier, context, nextResolve) {
  const fromTs = context.parentURL !== undefined && TS_EXTENSION.test(new URL(context.parentURL).pathname);
  const relative = specifier.startsWith('./') || specifier.startsWith('../');
  if (fromTs && relative && !TS_EXTENSION.test(specifier) && !/\.(m?js|cjs|json)$/.test(specifier)) {
    for (const suffix of CANDIDATES) {
      const url = new URL(specifier + suffix, context.parentURL);
      if (existsSync(fileURLToPath(url))) return { url: url.href, shortCircuit: true };
    }
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !TS_EXTENSION.test(new URL(url).pathname)) return nextLoad(url, context);
  const fileName = fileURLToPath(url);
  const { outputText } = ts.transpileModule(readFileSync(fileName, 'utf8'), {
    fileName,
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      jsx: ts.JsxEmit.ReactJSX,
      inlineSourceMap: true,
      esModuleInterop: true,
    },
  });
  // On the first line, so that the source map's line numbers stay right.
  const dirname = /\b__dirname\b/.test(outputText) ? 'const __dirname = import.meta.dirname; ' : '';
  return { format: 'module', source: dirname + outputText, shortCircuit: true };
}
