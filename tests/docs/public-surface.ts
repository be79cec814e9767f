import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** One import path of a package (`@poortwachter/report/blocks`) and the source file behind it. */
export interface EntryPoint {
  /** The package directory, relative to the root: `packages/report`. */
  packageDir: string;
  /** The package name: `@poortwachter/report`. */
  packageName: string;
  /** What a user imports: `@poortwachter/report/blocks`. */
  importPath: string;
  /** The source file, relative to the package directory: `src/blocks/index.ts`. */
  source: string;
}

type ExportTarget = string | { readonly [condition: string]: ExportTarget };

/**
 * Every entry point of every package under `packages/`, read from the `exports` of its
 * package.json: each subpath whose target has the `@poortwachter/source` condition (assets,
 * JSON files and `./package.json` have none).
 *
 * @returns The entry points, package by package in directory order, subpaths in the order of `exports`.
 * @example
 * ```ts
 * entryPoints().map((e) => e.importPath); // ['@poortwachter/cli', '@poortwachter/core', …]
 * ```
 * @category Documentation
 */
export function entryPoints(): EntryPoint[] {
  const out: EntryPoint[] = [];
  for (const dir of readdirSync(`${ROOT}packages`).sort()) {
    const packageDir = `packages/${dir}`;
    const pkg = JSON.parse(readFileSync(`${ROOT}${packageDir}/package.json`, 'utf8')) as {
      name: string;
      exports?: Record<string, ExportTarget>;
    };
    for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
      if (typeof target !== 'object' || typeof target['@poortwachter/source'] !== 'string')
        continue;
      out.push({
        packageDir,
        packageName: pkg.name,
        importPath: pkg.name + subpath.slice(1),
        source: (target['@poortwachter/source'] as string).replace(/^\.\//, ''),
      });
    }
  }
  return out;
}

/** One exported name of an entry point and what TypeScript knows about it. */
export interface PublicExport {
  /** The entry point that exports it. */
  entry: EntryPoint;
  /** The exported name. */
  name: string;
  /** The declarations behind the name (after following re-exports). */
  declarations: ts.Declaration[];
  /** Whether the name is a value (function, constant, class), not only a type. */
  isValue: boolean;
}

/** A TypeScript program over every entry point's source, with the repository's compiler options. */
export interface SurfaceProgram {
  /** The program. */
  program: ts.Program;
  /** Its type checker. */
  checker: ts.TypeChecker;
  /** The entry points, in the order of {@link entryPoints}. */
  entries: EntryPoint[];
}

/**
 * The compiler options of the repository's tsconfig.json (the `@poortwachter/source` condition
 * included, so imports between packages resolve to their source).
 *
 * @returns The parsed options, without emit.
 */
export function repositoryCompilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(`${ROOT}tsconfig.json`, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  return { ...parsed.options, noEmit: true };
}

/**
 * A program over every entry point's source file.
 *
 * @returns The program, its checker and the entry points.
 */
export function surfaceProgram(): SurfaceProgram {
  const entries = entryPoints();
  const program = ts.createProgram(
    entries.map((e) => `${ROOT}${e.packageDir}/${e.source}`),
    repositoryCompilerOptions(),
  );
  return { program, checker: program.getTypeChecker(), entries };
}

/**
 * The exports of every entry point, re-exports followed to their declarations.
 *
 * @param surface - The program of {@link surfaceProgram}.
 * @returns Every exported name of every entry point, in the checker's order.
 */
export function publicExports({ program, checker, entries }: SurfaceProgram): PublicExport[] {
  const out: PublicExport[] = [];
  for (const entry of entries) {
    const file = program.getSourceFile(`${ROOT}${entry.packageDir}/${entry.source}`);
    const moduleSymbol = file && checker.getSymbolAtLocation(file);
    if (!moduleSymbol) throw new Error(`cannot read the exports of ${entry.importPath}`);
    for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
      const target =
        symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      out.push({
        entry,
        name: symbol.getName(),
        declarations: target.getDeclarations() ?? [],
        isValue: (target.flags & ts.SymbolFlags.Value) !== 0,
      });
    }
  }
  return out;
}

/**
 * The JSDoc comment blocks attached to a declaration (for a variable, those of its statement),
 * as raw text without the leading `*` of each line.
 *
 * @param declaration - A declaration of an exported name.
 * @returns The text of each comment, in source order, and the line (0-based) of its first line.
 */
export function docComments(declaration: ts.Node): { text: string; line: number }[] {
  let node: ts.Node = declaration;
  if (ts.isVariableDeclaration(node)) node = node.parent.parent;
  const file = node.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(file.text, node.getFullStart()) ?? [];
  return ranges
    .filter((r) => file.text.startsWith('/**', r.pos))
    .map((r) => ({
      text: file.text
        .slice(r.pos + 3, r.end - 2)
        .split('\n')
        .map((l) => l.replace(/^\s*\* ?/, ''))
        .join('\n'),
      line: file.getLineAndCharacterOfPosition(r.pos).line,
    }));
}

/**
 * The module comment of an entry point's source file: its first JSDoc comment when that comment
 * carries `@module`.
 *
 * @param file - The entry point's source file.
 * @returns The comment text and its first line, or `undefined`.
 */
export function moduleComment(file: ts.SourceFile): { text: string; line: number } | undefined {
  const first = file.statements[0];
  if (!first) return undefined;
  return docComments(first).find((c) => /^@module\b/m.test(c.text));
}
