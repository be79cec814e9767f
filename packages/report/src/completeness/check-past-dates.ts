import { type Finding, formatDate, type IsoDate } from '@poortwachter/core';
import type { ResolvedDocumentContent } from '@poortwachter/schema';
import { documentFinding } from './document-finding.js';
import type { DocumentIssueCode } from './document-problems.js';

/** Lists whose dates are planned, so they may lie ahead. */
const PLANNED: ReadonlySet<string> = new Set(['evaluationMoments', 'reportingMoments']);

function pastDates(
  value: unknown,
  path: (string | number)[],
  out: { date: IsoDate; path: (string | number)[] }[],
) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      pastDates(item, [...path, i], out);
    });
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, item] of Object.entries(value)) {
    if (PLANNED.has(key) || key === 'case' || key === 'content') continue;
    if (key === 'date' && typeof item === 'string' && path.length > 0)
      out.push({ date: item, path: [...path, key] });
    else pastDates(item, [...path, key], out);
  }
}

/**
 * Reports a date of something that has happened — a signature, an activity, an application, a
 * part of a verslag, an advice — that lies after `asOf` (`dated-after-as-of`, a warning): a
 * signature or report cannot be dated in the future. Planned dates (evaluation and reporting
 * moments, deadlines, phases) and the document's own date are not checked.
 *
 * @param content - Resolved content of any kind.
 * @param asOf - The date the content is judged on.
 * @returns The findings.
 * @example
 * ```ts
 * checkPastDates({ ...planVanAanpak, signatures: [{ role: 'werknemer', date: '2030-01-01' }] }, '2024-03-25');
 * // [{ code: 'document/plan-van-aanpak/dated-after-as-of', path: ['signatures', 0, 'date'], … }]
 * ```
 * @category Completeness
 */
export function checkPastDates(
  content: ResolvedDocumentContent,
  asOf: IsoDate,
): Finding<DocumentIssueCode>[] {
  const dates: { date: IsoDate; path: (string | number)[] }[] = [];
  pastDates(content, [], dates);
  return dates
    .filter(({ date }) => date > asOf)
    .map(({ date, path }) =>
      documentFinding(content.kind, 'dated-after-as-of', 'warning', path, {
        nl: `Deze datum (${formatDate(date)}) ligt na ${formatDate(asOf)}, terwijl het om iets gaat dat al gebeurd is.`,
        en: `This date (${formatDate(date, 'en')}) is after ${formatDate(asOf, 'en')}, though it is of something that has already happened.`,
      }),
    );
}
