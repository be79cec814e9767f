/**
 * The language of the command's output and messages: Dutch (default) or English.
 *
 * @example
 * ```ts
 * const lang: Lang = detectLang(process.argv.slice(2));
 * ```
 * @category CLI
 */
export type Lang = 'nl' | 'en';

/**
 * Finds `--lang en` (or `--lang=en`) anywhere in the arguments before they are parsed, so that
 * even a message about a wrong argument comes in the language asked for. Anything else is Dutch.
 *
 * @param argv - The command's arguments, without `node` and the script.
 * @returns `'en'` when English was asked for, else `'nl'`.
 * @example
 * ```ts
 * detectLang(['timeline', 'case.json', '--lang', 'en']); // 'en'
 * detectLang(['timeline', '--bogus']); // 'nl'
 * ```
 * @category CLI
 */
export function detectLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    if (arg === '--lang=en' || (arg === '--lang' && argv[i + 1] === 'en')) return 'en';
  }
  return 'nl';
}
