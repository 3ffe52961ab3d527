// ESLint flat config. `npm run lint` runs it with --max-warnings 0: a warning fails the build.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import layers from './eslint.layers.cjs';

const TS_FILES = ['**/*.ts', '**/*.tsx'];
const JS_FILES = ['**/*.js', '**/*.mjs', '**/*.cjs'];

// ---------------------------------------------------------------------------------------------------------
// src/domain is pure TypeScript: no host, UI, file-format or Node.js code may reach it (DESIGN.md, Layers).
// ---------------------------------------------------------------------------------------------------------
const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'child_process',
  'worker_threads',
  'url',
  'crypto',
  'stream',
  'zlib',
  'util',
];
const OUTER_LAYERS = ['hosts', 'taskpane', 'cli', 'sheet', 'forms'];

const OFFICE_JS_MODULE = '^(@microsoft/)?office-js(/|$)';

const domainImportPatterns = [
  { regex: OFFICE_JS_MODULE, message: 'src/domain must not use Office.js; hosts/office does.' },
  { regex: '^exceljs(/|$)', message: 'src/domain must not use ExcelJS; hosts/xlsx does.' },
  { regex: '^react(-dom)?(/|$)', message: 'src/domain must not use React; the task pane does.' },
  { regex: '^@fluentui/', message: 'src/domain must not use Fluent UI; the task pane does.' },
  { regex: '^node:', message: 'src/domain must not use Node.js modules; it runs in the browser too.' },
  {
    regex: `^(${NODE_BUILTINS.join('|')})(/|$)`,
    message: 'src/domain must not use Node.js modules; it runs in the browser too.',
  },
];

/**
 * Relative imports that leave src/domain for an outer layer. One config block per directory depth, so
 * that `../forms` is caught from src/domain/x.ts while src/domain/a/forms/ (a folder of the domain's own)
 * stays importable from src/domain/a/x.ts.
 */
function domainDepthBlock(depth) {
  const up = '\\.\\./'.repeat(depth + 1);
  return {
    files: [`src/domain/${'*/'.repeat(depth)}*.{ts,tsx}`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...domainImportPatterns,
            {
              regex: `^${up}(${OUTER_LAYERS.join('|')})(/|$)`,
              message:
                'src/domain is the bottom layer: it must not import sheet, forms, hosts, taskpane or cli.',
            },
          ],
        },
      ],
    },
  };
}

const domainRestrictedGlobals = [
  ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage'].map((name) => ({
    name,
    message: 'src/domain must not touch the DOM; pass data in instead.',
  })),
  ...['Office', 'Excel'].map((name) => ({
    name,
    message: 'src/domain must not use Office.js; hosts/office does.',
  })),
  ...['process', 'require', 'Buffer', '__dirname', '__filename'].map((name) => ({
    name,
    message: 'src/domain must not use Node.js globals; it runs in the browser too.',
  })),
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'build/',
      'coverage/',
      'test-artifacts/',
      'bench/results/',
      '**/*.min.js',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: TS_FILES,
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  // Plain JavaScript (config files and build scripts): Node.js, not type-checked.
  {
    files: JS_FILES,
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node },
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },

  // The webview check runs unbundled in the pane, before the bundles: the probe at the bundles' level, the
  // check itself in ES5 so that Internet Explorer 11 parses it.
  {
    files: ['src/startup/syntax-probe.js'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'script', globals: { ...globals.browser } },
  },
  {
    files: ['src/startup/startup-check.js', 'src/startup/office-state.js'],
    languageOptions: { ecmaVersion: 5, sourceType: 'script', globals: { ...globals.browser } },
  },

  // Scripts and tests run on Node.js.
  {
    files: ['scripts/**/*.ts', 'test/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
  },

  // The task pane: browser code with React hooks.
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },

  // Office.js is a <script> in the page head, never a module (see webpack.config.js).
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: OFFICE_JS_MODULE, message: 'Office.js comes from a <script> tag; do not import it.' },
          ],
        },
      ],
    },
  },

  // The domain layer stays pure.
  {
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...domainRestrictedGlobals],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportExpression',
          message: 'src/domain is loaded eagerly and must not use dynamic import().',
        },
        {
          selector: 'TSQualifiedName[left.name=/^(Excel|Office|OfficeExtension)$/]',
          message: 'src/domain must not use Office.js types; hosts/office does.',
        },
      ],
    },
  },
  ...[0, 1, 2, 3, 4, 5, 6].map(domainDepthBlock),

  // Every other layer's boundary (eslint.layers.cjs).
  ...layers.layerBlocks,
);
