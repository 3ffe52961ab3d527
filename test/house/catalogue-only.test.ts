/**
 * No sentence a person reads is written outside the catalogue (src/messages): any Chinese text in src is
 * either a catalogue entry or data the code reads or lays out — the labels of the forms, the value grammar,
 * a typo table — listed here file by file with the reason. Data files may hold labels, never sentences.
 */
import ts from 'typescript';
import { eachNode, lineOf, sources } from './sources';

const CHINESE = /[\u3400-\u9fff]/;
/** Sentence marks: a label has none, a sentence at least one. */
const SENTENCE = /[。！？；]/;

/** Files whose Chinese is data: what recognition reads, what a template lays out, what a value means. */
const DATA: Readonly<Record<string, string>> = {
  'src/forms/vocabulary.ts': 'the labels recognition reads on the forms',
  'src/forms/recognize.ts': 'labels recognition looks for',
  'src/forms/fund-block.ts': 'labels of the fund block',
  'src/forms/basic-form.ts': 'labels of the basic-data form',
  'src/forms/indicator-table.ts': 'labels of the indicator table',
  'src/forms/headers.ts': 'labels of the headers',
  'src/forms/templates/basic.ts': 'the layout of the official basic-data form',
  'src/forms/templates/evaluation.ts': 'the layout of the official evaluation forms',
  'src/forms/templates/index.ts': 'sheet names and titles of the official forms',
  'src/forms/templates/example.ts':
    'the worked example’s content (indicators and values of a sample project)',
  'src/forms/templates/shared.ts': 'labels shared by the template layouts',
  'src/forms/templates/formulas.ts': 'text in the forms’ formulas',
  'src/domain/values/units.ts': 'the units a value may carry (元, 人次 …)',
  'src/domain/values/parse.ts': 'the grammar of values (≥95%, 不超过 …)',
  'src/domain/values/numeric.ts': 'the numeric grammar of values (万, 亿, negations, units)',
  'src/domain/values/dates.ts': 'the date grammar of values (上旬, 年底前 …)',
  'src/domain/values/types.ts': 'names of value kinds in the grammar',
  'src/domain/scoring/grade.ts': 'the names provinces give the same grade band (优 and 优秀 …)',
  'src/domain/categories.ts': 'the official indicator categories (数量指标 …)',
  'src/domain/text.ts': 'words that mean “nothing written” (无, 暂无 …)',
  'src/domain/statements.ts': 'the phrases a report uses of its figures',
  'src/domain/form.ts': 'labels of the form model',
  'src/domain/analysis.ts': 'labels of the form model',
  'src/domain/profiles/builtin.ts': 'grade labels and the names of the built-in profiles',
  'src/domain/profiles/types.ts': 'grade labels',
  'src/domain/rules/typo.ts': 'the table of misspellings and their corrections',
  'src/domain/rules/value-comparator.ts': 'comparator words (达到, 以上 …)',
  'src/domain/rules/cross-sheet.ts': 'labels of the basic-data form it compares',
  'src/domain/scoring/indicator.ts': 'labels of scoring',
  'src/hosts/xlsx/xml-grids.ts': 'the East Asian date formats (yyyy"年"m"月")',
  'src/hosts/xlsx/docx.ts': 'the name a report’s table is given (表1)',
  'src/hosts/xlsx/patch-styles.ts': 'the font of notes (宋体)',
  'src/hosts/xlsx/patch-notes.ts': 'the font and author of notes',
  'src/hosts/xlsx/write.ts': 'the font of templates (宋体)',
  'src/hosts/office/sheet-writer.ts': 'the font of templates (宋体)',
};

/** A rule's metadata is documentation, as a linter's rule meta is: its titles, rationale and source. */
const RULE_METADATA = new Set(['title', 'titleEn', 'rationale', 'source']);

interface Text {
  readonly at: string;
  readonly text: string;
}

function chineseTexts(): Text[] {
  const found: Text[] = [];
  for (const { path, file } of sources()) {
    if (path.startsWith('src/messages/')) continue;
    eachNode(file, (node) => {
      const text =
        ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateLiteralToken(node)
          ? node.text
          : ts.isJsxText(node)
            ? node.getText(file)
            : null;
      if (text === null || !CHINESE.test(text)) return;
      const parent = node.parent;
      if (
        path.startsWith('src/domain/rules/') &&
        ts.isPropertyAssignment(parent) &&
        RULE_METADATA.has(parent.name.getText(file))
      )
        return;
      if (path in DATA && !SENTENCE.test(text)) return;
      found.push({ at: `${path}:${String(lineOf(file, node))}`, text });
    });
  }
  return found;
}

describe('the house: one catalogue', () => {
  it('has no sentence outside src/messages, and Chinese only in the data files', () => {
    expect(chineseTexts().map(({ at, text }) => `${at} ${text.slice(0, 30)}`)).toEqual([]);
  });

  it('lists only data files that exist', () => {
    const paths = new Set(sources().map((s) => s.path));
    expect(Object.keys(DATA).filter((path) => !paths.has(path))).toEqual([]);
  });
});
