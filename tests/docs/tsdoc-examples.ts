import ts from 'typescript';
import { codeBlocks, exampleSections } from './code-blocks.js';
import { EXAMPLE_PRELUDE } from './example-prelude.js';
import {
  type EntryPoint,
  moduleComment,
  type PublicExport,
  ROOT,
  type SurfaceProgram,
} from './public-surface.js';
import { declaredNames, type Snippet } from './typecheck-snippets.js';

/** Where an example's code starts, in its source file. */
interface ExampleSource {
  file: string;
  line: number;
  code: string;
}

/** The `ts` examples of one JSDoc comment starting at `line` of `file`. */
function examplesOf(comment: string, file: string, line: number): ExampleSource[] {
  return exampleSections(comment).flatMap((section) =>
    codeBlocks(section.text)
      .filter((b) => b.lang === 'ts' || b.lang === 'typescript')
      .map((b) => ({ file, line: line + section.line + b.line, code: b.code })),
  );
}

/** Every JSDoc comment inside a declaration's range: its own and those of its members. */
function commentsIn(declaration: ts.Node): { text: string; line: number }[] {
  // A variable's comment is attached to its statement (`export const X = …`).
  const node =
    ts.isVariableDeclaration(declaration) && ts.isVariableStatement(declaration.parent.parent)
      ? declaration.parent.parent
      : declaration;
  const file = node.getSourceFile();
  const start = node.getFullStart();
  const text = file.text.slice(start, node.getEnd());
  return [...text.matchAll(/\/\*\*([\s\S]*?)\*\//g)].map((m) => ({
    text: (m[1] ?? '')
      .split('\n')
      .map((l) => l.replace(/^\s*\* ?/, ''))
      .join('\n'),
    line: file.getLineAndCharacterOfPosition(start + (m.index ?? 0)).line,
  }));
}

/**
 * Every `ts` example in the TSDoc of the public API (the exported declarations, their members,
 * and each entry point's module comment), each as a module with the exports of its package in
 * scope and the names of `EXAMPLE_PRELUDE` declared.
 *
 * @param surface - The program over the entry points.
 * @param exports - The public exports of that program.
 * @returns One snippet per example.
 */
export function tsdocExampleSnippets(
  surface: SurfaceProgram,
  exports: readonly PublicExport[],
): Snippet[] {
  const examples = new Map<string, { entry: EntryPoint; example: ExampleSource }>();
  const add = (entry: EntryPoint, found: ExampleSource[]) => {
    for (const example of found) {
      const key = `${example.file}:${example.line}`;
      if (!examples.has(key)) examples.set(key, { entry, example });
    }
  };
  for (const entry of surface.entries) {
    const file = surface.program.getSourceFile(`${ROOT}${entry.packageDir}/${entry.source}`);
    const comment = file && moduleComment(file);
    if (comment) add(entry, examplesOf(comment.text, relative(file.fileName), comment.line));
  }
  for (const e of exports)
    for (const declaration of e.declarations)
      for (const comment of commentsIn(declaration))
        add(
          e.entry,
          examplesOf(comment.text, relative(declaration.getSourceFile().fileName), comment.line),
        );

  const scope = packageScopes(exports);
  let n = 0;
  return [...examples.values()].map(({ entry, example }) => {
    const own = new Set(declaredNames(example.code));
    const header = (scope.get(entry.packageName) ?? [])
      .filter(({ name }) => !own.has(name))
      .map(({ name, importPath, isValue }) => ({
        importPath,
        spec: isValue ? name : `type ${name}`,
      }));
    const lines: string[] = [];
    for (const importPath of new Set(header.map((h) => h.importPath)))
      lines.push(
        `import { ${header
          .filter((h) => h.importPath === importPath)
          .map((h) => h.spec)
          .join(', ')} } from '${importPath}';`,
      );
    for (const p of EXAMPLE_PRELUDE) if (!own.has(p.name)) lines.push(p.declaration);
    return {
      name: `${entry.importPath.replace(/\W+/g, '-').replace(/^-/, '')}-${++n}.ts`,
      code: `${lines.join('\n')}\n${example.code}\nexport {};\n`,
      prefixLines: lines.length,
      origin: { file: example.file, line: example.line },
    };
  });
}

/** The names in scope for a package's examples: the exports of all its entry points, first entry first. */
function packageScopes(
  exports: readonly PublicExport[],
): Map<string, { name: string; importPath: string; isValue: boolean }[]> {
  const scopes = new Map<string, { name: string; importPath: string; isValue: boolean }[]>();
  for (const e of exports) {
    const scope = scopes.get(e.entry.packageName) ?? [];
    if (!scope.some((s) => s.name === e.name))
      scope.push({ name: e.name, importPath: e.entry.importPath, isValue: e.isValue });
    scopes.set(e.entry.packageName, scope);
  }
  return scopes;
}

function relative(fileName: string): string {
  return fileName.startsWith(ROOT) ? fileName.slice(ROOT.length) : fileName;
}
