import type { LocalizedText } from '@poortwachter/core';

/**
 * One problem with the placeholders of a house-style template.
 * - `template/unknown-placeholder`: the template has a placeholder this library does not fill;
 * - `template/no-value`: the placeholder is known but the content has no value for it;
 * - `template/missing-placeholder`: a placeholder this document needs is not in the template.
 *
 * @example
 * ```ts
 * const issue: TemplateIssue = {
 *   placeholder: 'werknemer.bsn',
 *   code: 'template/missing-placeholder',
 *   message: { nl: 'Het sjabloon mist {{werknemer.bsn}}.', en: 'The template lacks {{werknemer.bsn}}.' },
 * };
 * ```
 * @category Templates
 */
export interface TemplateIssue {
  placeholder: string;
  code: 'template/unknown-placeholder' | 'template/no-value' | 'template/missing-placeholder';
  message: LocalizedText;
}

/**
 * Thrown by `fillTemplate` when the template's placeholders and the document do not fit:
 * `issues` lists every placeholder without a value and every required one the template lacks.
 * Messages name placeholders only, never content values.
 *
 * @example
 * ```ts
 * try {
 *   await fillTemplate(template, content);
 * } catch (e) {
 *   if (e instanceof TemplatePlaceholderError) for (const i of e.issues) console.error(`{{${i.placeholder}}}: ${i.message.nl}`);
 * }
 * ```
 * @category Templates
 */
export class TemplatePlaceholderError extends Error {
  override readonly name = 'TemplatePlaceholderError';
  readonly issues: readonly TemplateIssue[];

  constructor(issues: readonly TemplateIssue[]) {
    super(
      `The template does not fit the document:\n${issues.map((i) => `{{${i.placeholder}}}: ${i.message.en}`).join('\n')}`,
    );
    this.issues = issues;
  }
}
