import { PoortwachterError } from '@poortwachter/core';
import type { TemplateIssue, TemplateIssueCode } from './template-problems.js';

/**
 * Thrown by `fillTemplate` when the template's placeholders and the document do not fit. A
 * `PoortwachterError` whose `issues` list every placeholder without a value and every required
 * one the template lacks, each with its `placeholder` name. Messages name only this library's
 * own placeholders, never content values or text of the template.
 *
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 *
 * try {
 *   await fillTemplate(await readFile('huisstijl.docx'), content, { asOf: '2025-03-26' });
 * } catch (e) {
 *   if (!(e instanceof TemplatePlaceholderError)) throw e;
 *   for (const issue of e.issues) console.error(`{{${issue.placeholder}}}: ${issue.code}`);
 * }
 * ```
 * @category Errors
 */
export class TemplatePlaceholderError extends PoortwachterError<TemplateIssueCode> {
  override name = 'TemplatePlaceholderError';
  declare readonly issues: readonly TemplateIssue[];

  /** @param issues - The problems, at least one. */
  constructor(issues: readonly TemplateIssue[]) {
    super(issues, {
      nl: 'Het sjabloon past niet bij het document:',
      en: 'The template does not fit the document:',
    });
  }
}
