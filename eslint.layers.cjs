// The layers of src (CommonJS, so that the jest test can load it too) (docs/architecture in README): data flows down, never up. Each block names what a layer
// must not import; test/house/layers.test.ts plants a violation in each and expects the error.
//
//   messages  ←  domain  ←  sheet  ←  forms  ←  hosts/office, hosts/xlsx  ←  taskpane hooks, cli
//   taskpane components take props: values from React, Fluent UI and the pane's own view helpers only.

const OFFICE_JS = {
  regex: '^(@microsoft/)?office-js(/|$)',
  message: 'Office.js comes from a <script> tag; do not import it.',
};
const up = (names) => `^(\\.\\./)+(${names.join('|')})(/|$)`;
const NODE = { regex: '^(node:|(fs|path|os|child_process|worker_threads|url|crypto|stream|zlib|util)(/|$))' };
const EXCELJS = { regex: '^exceljs(/|$)' };
const REACT = { regex: '^(react(-dom)?|@fluentui/)' };

/**
 * One layer's block: `files` must not import `layers` (relative paths reaching those folders) nor `modules`.
 * With `typesAllowed`, `import type` is allowed: a component may name a domain type, not call the domain.
 */
function layer(name, files, { layers = [], modules = [], typesAllowed = false, why }) {
  const message = `${name}: ${why}`;
  return {
    files,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            OFFICE_JS,
            ...(layers.length > 0
              ? [{ regex: up(layers), message, ...(typesAllowed ? { allowTypeImports: true } : {}) }]
              : []),
            ...modules.map((module) => ({ ...module, message })),
          ],
        },
      ],
    },
  };
}

const layerBlocks = [
  layer('src/messages', ['src/messages/**/*.ts'], {
    layers: ['domain', 'sheet', 'forms', 'hosts', 'taskpane', 'cli'],
    modules: [NODE, EXCELJS, REACT],
    why: 'the catalogue is the bottom layer: sentences and formatMessage only.',
  }),
  layer('src/sheet', ['src/sheet/**/*.ts'], {
    layers: ['forms', 'hosts', 'taskpane', 'cli'],
    modules: [NODE, EXCELJS, REACT],
    why: 'the spreadsheet model knows no forms, hosts or UI.',
  }),
  layer('src/forms', ['src/forms/**/*.ts'], {
    layers: ['hosts', 'taskpane', 'cli'],
    modules: [NODE, EXCELJS, REACT],
    why: 'recognition and layouts are pure: Grids in, Forms and SheetPlans out.',
  }),
  layer('src/hosts/office', ['src/hosts/office/**/*.ts'], {
    layers: ['xlsx', 'hosts/xlsx', 'taskpane', 'cli'],
    modules: [NODE, EXCELJS, REACT],
    why: 'hosts do not import each other, nor the UI or the command line.',
  }),
  layer('src/hosts/xlsx', ['src/hosts/xlsx/**/*.ts'], {
    layers: ['office', 'hosts/office', 'taskpane', 'cli'],
    modules: [REACT],
    why: 'hosts do not import each other, nor the UI or the command line.',
  }),
  layer('src/hosts', ['src/hosts/*.ts'], {
    layers: ['taskpane', 'cli'],
    modules: [REACT],
    why: 'hosts know nothing of the UI or the command line.',
  }),
  layer('src/cli', ['src/cli/**/*.ts'], {
    layers: ['taskpane', 'office', 'hosts/office'],
    modules: [REACT],
    why: 'the command line works on files: no task pane, no Office.js host.',
  }),
  layer('src/taskpane/hooks', ['src/taskpane/hooks/**/*.ts'], {
    layers: ['cli'],
    why: 'the pane does not run the command line.',
  }),
  layer('src/taskpane/components', ['src/taskpane/components/**/*.tsx'], {
    layers: ['domain', 'sheet', 'forms', 'hosts', 'cli', 'messages', 'hooks'],
    typesAllowed: true,
    why: 'components take props: only hooks call the hosts and the core (types may be named).',
  }),
  layer('src/taskpane/App.tsx', ['src/taskpane/App.tsx'], {
    layers: ['domain', 'sheet', 'forms', 'hosts', 'cli', 'messages'],
    typesAllowed: true,
    why: 'the pane’s root composes hooks and components: only hooks call the hosts and the core.',
  }),
];

module.exports = { layerBlocks };
