/** The project's TypeScript sources, parsed once, for the house tests (sizes, sentences). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export const ROOT = join(__dirname, '..', '..');

export interface Source {
  /** Relative to the repository, with forward slashes: `src/cli/main.ts`. */
  readonly path: string;
  readonly text: string;
  readonly file: ts.SourceFile;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? walk(join(dir, entry.name))
      : /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

let cached: Source[] | undefined;

/** Every .ts and .tsx file under src. */
export function sources(): Source[] {
  cached ??= walk(join(ROOT, 'src')).map((path) => {
    const text = readFileSync(path, 'utf8');
    const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    return {
      path: relative(ROOT, path).split('\\').join('/'),
      text,
      file: ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind),
    };
  });
  return cached;
}

/** Calls `visit` on every node of a source file. */
export function eachNode(file: ts.SourceFile, visit: (node: ts.Node) => void): void {
  const walkNode = (node: ts.Node): void => {
    visit(node);
    ts.forEachChild(node, walkNode);
  };
  walkNode(file);
}

/** The 1-based line a node starts on. */
export const lineOf = (file: ts.SourceFile, node: ts.Node): number =>
  file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
