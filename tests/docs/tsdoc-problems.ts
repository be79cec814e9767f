import type ts from 'typescript';
import { docComments, type PublicExport } from './public-surface.js';

/**
 * What a public export's TSDoc lacks: a summary (text before the first tag), an `@example`
 * with a fenced code block, a `@category`.
 *
 * @param comment - The export's doc comment without its `*` prefixes, or `undefined` when it has none.
 * @returns The missing parts, empty when the comment is complete.
 * @example
 * ```ts
 * tsdocProblems('Adds days.\n@category Calendar'); // ['no @example']
 * tsdocProblems(undefined); // ['no TSDoc']
 * ```
 * @category Documentation
 */
export function tsdocProblems(comment: string | undefined): string[] {
  if (comment === undefined) return ['no TSDoc'];
  const problems: string[] = [];
  const summary = comment.split(/^\s*@/m)[0] ?? '';
  if (summary.trim() === '') problems.push('no summary');
  if (!/^\s*@example\b[^\n]*\n(?:(?!^\s*@\w)[\s\S])*?```/m.test(comment))
    problems.push('no @example');
  if (!/^\s*@category +\S/m.test(comment)) problems.push('no @category');
  return problems;
}

/**
 * The doc comment of an exported name: the one attached to its first declaration that has one
 * (a function's overloads, a merged interface).
 *
 * @param declarations - The declarations behind the name.
 * @returns The comment text, or `undefined`.
 */
export function exportComment(declarations: readonly ts.Declaration[]): string | undefined {
  for (const d of declarations) {
    const own = docComments(d).at(-1);
    if (own && !/^@module\b/m.test(own.text)) return own.text;
  }
  return undefined;
}

/**
 * Every public export whose TSDoc is incomplete, as `import path: name: problems`.
 *
 * @param exports - The public exports.
 * @returns One line per incomplete export.
 */
export function surfaceTsdocProblems(exports: readonly PublicExport[]): string[] {
  return exports.flatMap((e) => {
    const problems = tsdocProblems(exportComment(e.declarations));
    return problems.length ? [`${e.entry.importPath}: ${e.name}: ${problems.join(', ')}`] : [];
  });
}
