/**
 * Files and functions small enough to read: no file in src over 400 lines, no function over 60 lines. A
 * declarative table (an object or array written out) is no function and is not counted.
 */
import ts from 'typescript';
import { eachNode, lineOf, sources } from './sources';

const MOST_FILE_LINES = 400;
const MOST_FUNCTION_LINES = 60;

/** What a function is called where it is declared: its name, or the variable or property it is given to. */
function nameOf(node: ts.FunctionLikeDeclaration): string {
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && parent.name)
    return parent.name.getText();
  return '(anonymous)';
}

describe('the house: sizes', () => {
  it(`has no file in src over ${String(MOST_FILE_LINES)} lines`, () => {
    const long = sources()
      .map(({ path, text }) => ({ path, lines: text.split('\n').length }))
      .filter(({ lines }) => lines > MOST_FILE_LINES)
      .map(({ path, lines }) => `${path}: ${String(lines)} lines`);
    expect(long).toEqual([]);
  });

  it(`has no function in src over ${String(MOST_FUNCTION_LINES)} lines`, () => {
    const long: string[] = [];
    for (const { path, file } of sources())
      eachNode(file, (node) => {
        if (!ts.isFunctionLike(node) || !('body' in node) || !node.body) return;
        const declaration = node;
        const lines = file.getLineAndCharacterOfPosition(node.end).line + 2 - lineOf(file, node);
        if (lines > MOST_FUNCTION_LINES)
          long.push(`${path}:${String(lineOf(file, node))} ${nameOf(declaration)}: ${String(lines)} lines`);
      });
    expect(long).toEqual([]);
  });

  it('counts a function as long when it is (the test can fail)', () => {
    const body = Array.from({ length: 70 }, (_, i) => `  const v${String(i)} = ${String(i)};`).join('\n');
    const file = ts.createSourceFile('x.ts', `function f() {\n${body}\n}\n`, ts.ScriptTarget.Latest, true);
    let lines = 0;
    eachNode(file, (node) => {
      if (ts.isFunctionDeclaration(node))
        lines = file.getLineAndCharacterOfPosition(node.end).line + 2 - lineOf(file, node);
    });
    expect(lines).toBe(72);
  });
});
