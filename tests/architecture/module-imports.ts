import ts from 'typescript';

/**
 * Every module a source file refers to: static imports (type-only ones included), `export …
 * from`, dynamic `import()` (also in `typeof import(…)`) and `require()`, in source order.
 * Read with TypeScript's scanner, so an import written in a comment or a string does not count.
 *
 * @param source - The text of a .ts, .js or .cjs file.
 * @returns The module specifiers, e.g. `['docx', './heading.js']`.
 * @example
 * ```ts
 * moduleImports("import { z } from 'zod';\nconst m = await import('./x.js');"); // ['zod', './x.js']
 * ```
 * @category Architecture
 */
export function moduleImports(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}
