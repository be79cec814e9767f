/**
 * Whether a run asked for JSON output (`--format json` or `--format=json`), so that its problems
 * go to stderr as one JSON object too. Read before the command line is parsed, so that even a
 * wrong command line is reported in the form asked for.
 *
 * @param argv - The arguments of the run.
 * @returns `true` for JSON.
 * @example
 * ```ts
 * wantsJson(['check', 'case.json', '--format', 'json']); // true
 * ```
 * @category CLI
 */
export function wantsJson(argv: readonly string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    if (arg === '--format=json' || (arg === '--format' && argv[i + 1] === 'json')) return true;
  }
  return false;
}
