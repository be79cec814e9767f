/**
 * The language of a message: Dutch (`nl`, the default everywhere) or English (`en`).
 *
 * @example
 * ```ts
 * const lang: Lang = 'en';
 * parseCase(input, { lang });
 * ```
 * @category Messages
 */
export type Lang = 'nl' | 'en';
