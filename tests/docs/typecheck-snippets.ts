import ts from 'typescript';
import { ROOT, repositoryCompilerOptions } from './public-surface.js';

/** A piece of documentation code turned into a module of its own, and where it came from. */
export interface Snippet {
  /** A unique file name for the module, without directory: `core-add-days-1.ts`. */
  name: string;
  /** The whole module: generated lines, then the documentation's code. */
  code: string;
  /** How many generated lines precede the documentation's code. */
  prefixLines: number;
  /** The file (relative to the root) and 0-based line of the documentation's first code line. */
  origin: { file: string; line: number };
}

/** The directory the snippets seem to live in: inside the repository, so imports resolve. */
export const SNIPPET_DIR = `${ROOT}.snippets/`;

/**
 * A program over snippets that live, in memory, inside the repository: with its compiler
 * options and the `@poortwachter/source` condition, so their imports resolve to the packages'
 * source.
 *
 * @param snippets - The modules.
 * @returns The program; `SNIPPET_DIR + snippet.name` is each snippet's file name in it.
 * @example
 * ```ts
 * const program = snippetProgram([{ name: 'a.ts', code: 'export const n = 1;', prefixLines: 0, origin: { file: 'x', line: 0 } }]);
 * program.getSourceFile(`${SNIPPET_DIR}a.ts`);
 * ```
 * @category Documentation
 */
export function snippetProgram(snippets: readonly Snippet[]): ts.Program {
  const byPath = new Map(snippets.map((s) => [SNIPPET_DIR + s.name, s]));
  const options = repositoryCompilerOptions();
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (f) => byPath.has(f) || fileExists.call(host, f);
  host.readFile = (f) => byPath.get(f)?.code ?? readFile.call(host, f);
  host.getSourceFile = (f, lang, onError, create) => {
    const s = byPath.get(f);
    return s
      ? ts.createSourceFile(f, s.code, lang, true, ts.ScriptKind.TS)
      : getSourceFile.call(host, f, lang, onError, create);
  };
  return ts.createProgram([...byPath.keys()], options, host);
}

/**
 * Typechecks snippets as modules inside the repository (see {@link snippetProgram}), without
 * writing them to disk.
 *
 * @param snippets - The modules to check.
 * @returns One line per compiler error, `file:line: message`, pointing into the documentation.
 * @example
 * ```ts
 * typecheckSnippets([{ name: 'a.ts', code: 'const n: number = "x";', prefixLines: 0, origin: { file: 'README.md', line: 9 } }]);
 * // ["README.md:10: Type 'string' is not assignable to type 'number'."]
 * ```
 * @category Documentation
 */
export function typecheckSnippets(snippets: readonly Snippet[]): string[] {
  const program = snippetProgram(snippets);
  const problems: string[] = [];
  for (const snippet of snippets) {
    const file = program.getSourceFile(SNIPPET_DIR + snippet.name);
    const diagnostics = [
      ...program.getSyntacticDiagnostics(file),
      ...program.getSemanticDiagnostics(file),
    ];
    for (const d of diagnostics) {
      const line =
        d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : 0;
      const where =
        line < snippet.prefixLines
          ? `${snippet.origin.file} (generated line ${line + 1} of ${snippet.name})`
          : `${snippet.origin.file}:${snippet.origin.line + line - snippet.prefixLines + 1}`;
      problems.push(`${where}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    }
  }
  return problems;
}

/**
 * The names a piece of code binds at its top level: imports (`import { a, b as c } from …`,
 * default and namespace imports) and declarations (`const`, `let`, `function`, `class`, `type`,
 * `interface`), so that generated lines can leave them out.
 *
 * @param code - The code.
 * @returns The names, in source order.
 * @example
 * ```ts
 * declaredNames("import { a, type B, c as d } from 'x';\nconst { e, f: [g] } = h;\nfunction i() {}"); // ['a', 'B', 'd', 'e', 'g', 'i']
 * ```
 * @category Documentation
 */
export function declaredNames(code: string): string[] {
  const names: string[] = [];
  const bind = (name: ts.BindingName) => {
    if (ts.isIdentifier(name)) names.push(name.text);
    else
      for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name);
  };
  const file = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement) && statement.importClause) {
      const clause = statement.importClause;
      if (clause.name) names.push(clause.name.text);
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.push(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings))
        for (const element of bindings.elements) names.push(element.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) bind(d.name);
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement)) &&
      statement.name
    ) {
      names.push(statement.name.text);
    }
  }
  return names;
}
