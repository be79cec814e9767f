/**
 * The language of a message: Dutch (`nl`, the default everywhere) or English (`en`).
 *
 * @example
 * ```ts
 * const lang: Lang = 'en';
 * formatIssue(issue, lang);
 * ```
 * @category Issues
 */
export type Lang = 'nl' | 'en';
