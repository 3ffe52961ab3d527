/**
 * The layer rules (eslint.layers.cjs) catch what they are for: a violation planted in each layer is an error,
 * and what the layer may import is not. The rules are linted here as configured, without type information.
 */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import tseslint from 'typescript-eslint';
import { ROOT } from './sources';

interface Planted {
  readonly file: string;
  readonly code: string;
  readonly allowed: boolean;
}

const CASES: readonly Planted[] = [
  { file: 'src/messages/zh-CN/x.ts', code: "import { review } from '../../domain';", allowed: false },
  { file: 'src/domain/x.ts', code: "import { formatMessage } from '../messages';", allowed: true },
  { file: 'src/sheet/x.ts', code: "import { recognizeSheet } from '../forms/recognize';", allowed: false },
  { file: 'src/forms/x.ts', code: "import { toA1 } from '../sheet/address';", allowed: true },
  { file: 'src/forms/x.ts', code: "import { loadWorkbookFile } from '../hosts/xlsx/load';", allowed: false },
  { file: 'src/forms/x.ts', code: "import ExcelJS from 'exceljs';", allowed: false },
  { file: 'src/hosts/office/x.ts', code: "import { REASONS } from '../xlsx/guard';", allowed: false },
  { file: 'src/hosts/xlsx/x.ts', code: "import { readSheets } from '../office/read';", allowed: false },
  { file: 'src/hosts/xlsx/x.ts', code: "import { formsOf } from '../../forms/check';", allowed: true },
  { file: 'src/cli/x.ts', code: "import { App } from '../taskpane/App';", allowed: false },
  { file: 'src/cli/x.ts', code: "import { loadWorkbookFile } from '../hosts/xlsx/load';", allowed: true },
  { file: 'src/taskpane/components/X.tsx', code: "import { review } from '../../domain';", allowed: false },
  {
    file: 'src/taskpane/components/X.tsx',
    code: "import type { Finding } from '../../domain';",
    allowed: true,
  },
  {
    file: 'src/taskpane/components/X.tsx',
    code: "import { useWorkbook } from '../hooks/useWorkbook';",
    allowed: false,
  },
  { file: 'src/taskpane/components/X.tsx', code: "import { useText } from '../i18n';", allowed: true },
  { file: 'src/taskpane/App.tsx', code: "import { checkWorkbook } from '../forms/check';", allowed: false },
  { file: 'src/taskpane/hooks/useX.ts', code: "import { review } from '../../domain';", allowed: true },
];

let eslint: ESLint;
beforeAll(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS, loaded as ESLint loads it
  const { layerBlocks } = require(join(ROOT, 'eslint.layers.cjs')) as { layerBlocks: unknown[] };
  eslint = new ESLint({
    cwd: ROOT,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser } },
      { plugins: { '@typescript-eslint': tseslint.plugin } },
      ...(layerBlocks as ESLint.Options['overrideConfig'][]),
    ] as ESLint.Options['overrideConfig'],
  });
});

describe('the house: layer rules', () => {
  it.each(CASES.map((c) => [c.file, c.code, c.allowed] as const))(
    '%s: %s → allowed %s',
    async (file, code, allowed) => {
      const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: join(ROOT, file) });
      const errors = (result?.messages ?? []).filter(
        (m) => m.ruleId === '@typescript-eslint/no-restricted-imports',
      );
      expect(errors.length === 0).toBe(allowed);
    },
  );
});
