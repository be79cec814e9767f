import type { IssuePath } from '@poortwachter/core';
import type { ResolvedDocumentContent } from '@poortwachter/schema';
import { isSpoor2Report } from './spoor2-document-kind.js';
import { spoor2ReportFacts } from './spoor2-report-facts.js';

/**
 * The free texts of the case's spoor-2 log that a spoor-2 report prints, with their paths from
 * the content (`case.spoor2.…`): the trajectdoel (trajectplan, eindrapportage) and the goal and
 * result of each activity in a voortgangsrapportage's period. Names of employers, functions and
 * sectors are not health data and are left out, as the document's own are. The medical-term
 * screen reads these next to the content file's own free texts, so that the privacy line is only
 * printed when everything the report shows passed it.
 *
 * @param content - Resolved content of any kind.
 * @returns The texts and their paths; none for other kinds or without a trajectory.
 * @see AP Beleidsregels "De zieke werknemer" (BWBR0037896)
 * @example
 * ```ts
 * spoor2ShownTexts(voortgang)[0]; // { path: ['case', 'spoor2', 'activities', 0, 'goal'], text: 'Intake en kennismaking' }
 * ```
 * @internal
 */
export function spoor2ShownTexts(
  content: ResolvedDocumentContent,
): { path: IssuePath; text: string }[] {
  if (!isSpoor2Report(content)) return [];
  const report = content;
  const t = report.case.spoor2;
  if (t == null) return [];
  const out: { path: IssuePath; text: string }[] = [];
  if (report.kind !== 'spoor-2-voortgang') {
    if (t.plan?.goal !== undefined)
      out.push({ path: ['case', 'spoor2', 'plan', 'goal'], text: t.plan.goal });
    return out;
  }
  const { start, end } = spoor2ReportFacts(report.case, report).period;
  (t.activities ?? []).forEach((a, i) => {
    if (a.date < start || a.date > end) return;
    for (const key of ['goal', 'result'] as const) {
      const text = a[key];
      if (text !== undefined) out.push({ path: ['case', 'spoor2', 'activities', i, key], text });
    }
  });
  return out;
}
