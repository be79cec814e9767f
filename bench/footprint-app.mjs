// The browser app of the footprint benchmark (footprint-targets.mjs): bundled with everything it
// imports, it shows what @poortwachter/core and @poortwachter/schema cost a real page that reads a
// case file and shows its timeline and findings.
import { checkCase, computeTimeline, formatIssue } from '@poortwachter/core';
import { parseCase } from '@poortwachter/schema';

/**
 * What the app shows for a case file: the problems of the input, or each milestone (label, due
 * date, status) followed by the findings, in Dutch.
 *
 * @param {string} text - The case file as JSON text (from a file input or a form).
 * @param {string} asOf - The date the statuses are taken on (`YYYY-MM-DD`).
 * @returns {string[]} One line per problem, or per milestone and per finding.
 * @example
 * ```js
 * caseLines('{"sickPeriods":[{"start":"2025-01-06"}]}', '2025-03-01')[0];
 * // 'Ziekmelding bij de bedrijfsarts: 2025-01-12 (overdue)'
 * ```
 * @category Benchmarks
 */
export function caseLines(text, asOf) {
  let input;
  try {
    input = JSON.parse(text);
  } catch {
    return ['Het dossier is geen JSON.'];
  }
  const parsed = parseCase(input);
  if (!parsed.success) return parsed.issues.map((issue) => formatIssue(issue, 'nl'));
  const { milestones } = computeTimeline(parsed.data, { asOf });
  return [
    ...milestones.map((m) => `${m.label.nl}: ${m.due ?? '—'} (${m.status})`),
    ...checkCase(parsed.data, { asOf }).map((finding) => formatIssue(finding, 'nl')),
  ];
}

/**
 * Shows {@link caseLines} as the items of a list element of the page.
 *
 * @param {Element} list - A `<ul>` or `<ol>` of the page.
 * @param {string} text - The case file as JSON text.
 * @param {string} asOf - The date the statuses are taken on (`YYYY-MM-DD`).
 * @returns {void}
 * @example
 * ```js
 * showCase(document.querySelector('#timeline'), await file.text(), '2025-09-01');
 * ```
 * @category Benchmarks
 */
export function showCase(list, text, asOf) {
  list.replaceChildren(
    ...caseLines(text, asOf).map((line) => {
      const item = list.ownerDocument.createElement('li');
      item.textContent = line;
      return item;
    }),
  );
}
