/**
 * The options every subcommand takes: `--lang` and `--help`. (`--lang` is read before parsing
 * by `detectLang`; declaring it here makes it known and checks its value.)
 *
 * @example
 * ```ts
 * parseCommandLine(argv, { ...COMMON_OPTIONS, force: { type: 'boolean' } });
 * ```
 * @category CLI
 */
export const COMMON_OPTIONS = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The options of the commands that read one case: `timeline` and `check`.
 *
 * @example
 * ```ts
 * parseCommandLine(['case.json', '--as-of', '2025-09-01'], CASE_OPTIONS);
 * ```
 * @category CLI
 */
export const CASE_OPTIONS = {
  ...COMMON_OPTIONS,
  'as-of': { type: 'string' },
  format: { type: 'string' },
  'first-sick-day': { type: 'string' },
} as const;
