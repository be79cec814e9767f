import { evaluationGaps, type Finding, formatDate, type IsoDate } from '@poortwachter/core';
import type { ResolvedDocumentContent } from '@poortwachter/schema';
import { documentFinding } from './document-finding.js';
import type { DocumentIssueCode } from './document-problems.js';
import { SOURCES } from './sources.js';

const EVALUATED_KINDS: ReadonlySet<string> = new Set([
  'plan-van-aanpak',
  'bijstelling',
  'eerstejaarsevaluatie',
]);

interface Dated {
  date: IsoDate;
  path: (string | number)[];
}

function datedEvaluations(content: ResolvedDocumentContent): { items: Dated[]; planned: boolean } {
  switch (content.kind) {
    case 'plan-van-aanpak':
      return {
        planned: true,
        items: [
          { date: content.date, path: ['date'] },
          ...content.evaluationMoments.map((m, i) => ({
            date: m.date,
            path: ['evaluationMoments', i, 'date'],
          })),
        ],
      };
    case 'bijstelling':
      return {
        planned: true,
        items: [
          { date: content.date, path: ['date'] },
          ...(content.nextEvaluationDate
            ? [{ date: content.nextEvaluationDate, path: ['nextEvaluationDate'] }]
            : []),
        ],
      };
    case 're-integratieverslag':
      return {
        planned: false,
        items: [
          ...content.parts.flatMap((part, i) => {
            const date = part.content?.date ?? part.date;
            return EVALUATED_KINDS.has(part.kind) && date !== undefined
              ? [{ date, path: ['parts', i] }]
              : [];
          }),
          ...(content.eindevaluatie?.date
            ? [{ date: content.eindevaluatie.date, path: ['eindevaluatie', 'date'] }]
            : []),
        ],
      };
    default:
      return { planned: false, items: [] };
  }
}

/**
 * Checks that the plan van aanpak is evaluated at least every 42 sick days (`evaluation-gap`, a
 * warning): between the plan and its planned evaluation moments, between a bijstelling and the
 * next evaluation it plans, and in a re-integratieverslag between consecutive dated plan,
 * bijstellingen, eerstejaarsevaluatie and eindevaluatie. Counted in sick days with
 * `@poortwachter/core` (gaps between sick periods do not count), or in calendar days when the
 * case says `processDeadlines: 'calendar'`. A plan whose evaluation moments do not include the
 * eerstejaarsevaluatie gets `no-eerstejaarsevaluatie-moment` (a warning).
 *
 * @param content - Resolved content of any kind.
 * @returns The findings.
 * @see BW 7:658a lid 3 ("regelmatig"); UWV: ten minste elke zes weken; docs/rules.md §1 (`evaluatie-n`)
 * @example
 * ```ts
 * checkEvaluationSchedule({ ...planVanAanpak, date: '2024-03-25', evaluationMoments: [{ date: '2024-06-11', type: 'evaluatie' }] });
 * // [{ code: 'document/plan-van-aanpak/evaluation-gap', path: ['evaluationMoments', 0, 'date'], … }, …]
 * ```
 * @category Completeness
 */
export function checkEvaluationSchedule(
  content: ResolvedDocumentContent,
): Finding<DocumentIssueCode>[] {
  const { items, planned } = datedEvaluations(content);
  const findings: Finding<DocumentIssueCode>[] = [];
  const gaps = evaluationGaps(
    content.case,
    items.map((item) => item.date),
  );
  for (const { from, to, days, unit, limit, index } of gaps) {
    const next = items[index] as Dated;
    const [nlUnit, enUnit] =
      unit === 'sick-days' ? ['ziektedagen', 'sick days'] : ['dagen', 'days'];
    findings.push(
      documentFinding(
        content.kind,
        'evaluation-gap',
        'warning',
        next.path,
        planned
          ? {
              nl: `Tussen ${formatDate(from)} en de geplande evaluatie van ${formatDate(to)} liggen ${days} ${nlUnit} (ten hoogste ${limit}).`,
              en: `${days} ${enUnit} lie between ${formatDate(from, 'en')} and the evaluation planned for ${formatDate(to, 'en')} (at most ${limit}).`,
            }
          : {
              nl: `Tussen ${formatDate(from)} en ${formatDate(to)} liggen ${days} ${nlUnit} zonder evaluatie van het plan van aanpak (ten hoogste ${limit}).`,
              en: `${days} ${enUnit} passed between ${formatDate(from, 'en')} and ${formatDate(to, 'en')} without an evaluation of the plan of action (at most ${limit}).`,
            },
        SOURCES.evaluation,
      ),
    );
  }
  if (
    content.kind === 'plan-van-aanpak' &&
    content.evaluationMoments.length > 0 &&
    !content.evaluationMoments.some((m) => m.type === 'eerstejaarsevaluatie')
  ) {
    findings.push(
      documentFinding(
        content.kind,
        'no-eerstejaarsevaluatie-moment',
        'warning',
        ['evaluationMoments'],
        {
          nl: 'De evaluatiemomenten noemen de eerstejaarsevaluatie niet.',
          en: 'The evaluation moments do not include the first-year evaluation.',
        },
        SOURCES.eerstejaarsevaluatie,
      ),
    );
  }
  return findings;
}
