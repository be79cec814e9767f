import type { Issue, LocalizedText } from '@poortwachter/core';

/**
 * Every problem `fillTemplate` reports about a house-style template, with its message. A message
 * names a placeholder only when it is one of this library's own (never text the template made
 * up); the issue's `placeholder` field always carries the name.
 *
 * @example
 * ```ts
 * TEMPLATE_PROBLEMS['template/missing-placeholder']('werknemer.bsn').en;
 * // 'The template lacks the required placeholder {{werknemer.bsn}}.'
 * ```
 * @category Templates
 */
export const TEMPLATE_PROBLEMS = {
  'template/unknown-placeholder': (): LocalizedText => ({
    nl: 'Het sjabloon bevat een plaatshouder die deze bibliotheek niet kent.',
    en: 'The template holds a placeholder this library does not know.',
  }),
  'template/no-value': (placeholder: string): LocalizedText => ({
    nl: `Het document heeft geen waarde voor {{${placeholder}}}.`,
    en: `The document has no value for {{${placeholder}}}.`,
  }),
  'template/missing-placeholder': (placeholder: string): LocalizedText => ({
    nl: `Het sjabloon mist de verplichte plaatshouder {{${placeholder}}}.`,
    en: `The template lacks the required placeholder {{${placeholder}}}.`,
  }),
} as const satisfies Record<string, (placeholder: string) => LocalizedText>;

/**
 * The code of a template problem: `template/unknown-placeholder` (the template has a placeholder
 * this library does not fill), `template/no-value` (a known placeholder the content has no value
 * for) or `template/missing-placeholder` (a placeholder this document needs is not in the
 * template).
 *
 * @example
 * ```ts
 * const code: TemplateIssueCode = 'template/no-value';
 * ```
 * @category Templates
 */
export type TemplateIssueCode = keyof typeof TEMPLATE_PROBLEMS;

/**
 * One problem with the placeholders of a house-style template: an {@link Issue} that names its
 * `placeholder` (without braces), and for `template/no-value` the `path` of the content field
 * the value would come from.
 *
 * @example
 * ```ts
 * const issue: TemplateIssue = {
 *   code: 'template/no-value',
 *   placeholder: 'casemanager.naam',
 *   path: ['case', 'casemanager', 'name'],
 *   message: TEMPLATE_PROBLEMS['template/no-value']('casemanager.naam'),
 * };
 * ```
 * @category Templates
 */
export interface TemplateIssue extends Issue<TemplateIssueCode> {
  placeholder: string;
}

/**
 * Builds a {@link TemplateIssue} with the message of its problem.
 *
 * @param code - The problem.
 * @param placeholder - The placeholder's name, without braces.
 * @param path - The content field, for `template/no-value`.
 * @returns The issue.
 * @example
 * ```ts
 * templateIssue('template/missing-placeholder', 'werknemer.bsn');
 * ```
 * @category Templates
 */
export function templateIssue(
  code: TemplateIssueCode,
  placeholder: string,
  path?: (string | number)[],
): TemplateIssue {
  return {
    code,
    placeholder,
    ...(path === undefined ? {} : { path }),
    message: TEMPLATE_PROBLEMS[code](placeholder),
  };
}
