/**
 * The language of a message: Dutch (`nl`, the default everywhere) or English (`en`).
 *
 * @example
 * ```ts
 * const lang: Lang = 'en';
 * for (const finding of checkCase(caseFile)) console.log(formatIssue(finding, lang));
 * ```
 * @category Issues
 */
export type Lang = 'nl' | 'en';
