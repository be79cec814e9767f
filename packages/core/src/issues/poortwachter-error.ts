import { formatIssue } from './format-issue.js';
import type { Issue } from './issue.js';
import type { Lang } from './lang.js';

/**
 * The one error class of this library: every error it throws on purpose is a
 * `PoortwachterError` (or a subclass: `PoortwachterInputError`, `DocumentIncompleteError`,
 * `TemplatePlaceholderError`) carrying its problems as data in `issues`, in the one
 * {@link Issue} shape. Compliance findings are never thrown: they are returned.
 *
 * `message` holds one line per issue in Dutch, then the same in English, so an uncaught error
 * reads in both; {@link PoortwachterError.format} gives one language. No message contains an
 * input value, so a BSN or health data never reaches a log through an error.
 *
 * @typeParam C - The code union of its issues.
 * @example
 * ```ts
 * try {
 *   computeTimeline({ sickPeriods: [] });
 * } catch (e) {
 *   if (e instanceof PoortwachterError) console.error(e.format('en')); // 'sickPeriods: There is no sick period: give at least one.'
 *   else throw e;
 * }
 * ```
 * @category Issues
 */
export class PoortwachterError<C extends string = string> extends Error {
  override name = 'PoortwachterError';
  /** The problems, each with a code, a path where it applies, and a message in both languages. */
  readonly issues: readonly Issue<C>[];
  /** The first line given to the constructor, if any. */
  readonly summary: { nl: string; en: string } | undefined;

  /**
   * @param issues - The problems (at least one).
   * @param summary - A first line that says what failed, in both languages.
   */
  constructor(issues: readonly Issue<C>[], summary?: { nl: string; en: string }) {
    const lines = (lang: Lang) => [
      ...(summary ? [summary[lang]] : []),
      ...issues.map((issue) => formatIssue(issue, lang)),
    ];
    super([...lines('nl'), ...lines('en')].join('\n'));
    this.issues = issues;
    this.summary = summary;
  }

  /**
   * The error as text in one language: the summary (if any), then one line per issue.
   *
   * @param lang - `nl` (default) or `en`.
   * @returns The lines joined by newlines.
   * @example
   * ```ts
   * new PoortwachterError([{ code: 'x', message: { nl: 'Fout.', en: 'Wrong.' } }]).format('en'); // 'Wrong.'
   * ```
   */
  format(lang: Lang = 'nl'): string {
    return [
      ...(this.summary ? [this.summary[lang]] : []),
      ...this.issues.map((issue) => formatIssue(issue, lang)),
    ].join('\n');
  }
}
