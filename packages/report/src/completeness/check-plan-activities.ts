import type { Finding } from '@poortwachter/core';
import type { ResolvedDocumentContent } from '@poortwachter/schema';
import { documentFinding } from './document-finding.js';
import type { DocumentIssueCode } from './document-problems.js';
import { SOURCES } from './sources.js';

/**
 * Checks the activities of a plan van aanpak or bijstelling against art. 4 of the Regeling
 * procesgang (activities with goals and terms): an activity without a goal is a `warning`
 * (`missing-part` on its `goal`), and in a plan van aanpak an activity that names a tussendoel
 * the plan does not have is an `error` (`unknown-intermediate-goal`). A bijstelling's activities
 * may name the tussendoelen of the plan it changes, which it does not hold, so only their goals
 * are checked.
 *
 * @param content - Resolved content of any kind; other kinds give no findings.
 * @returns The findings, with the path of the activity's field.
 * @example
 * ```ts
 * checkPlanActivities({ ...plan, activities: [{ who: 'werkgever', what: 'Werkplek aanpassen', intermediateGoal: 4 }] });
 * // [{ code: 'document/plan-van-aanpak/missing-part', path: ['activities', 0, 'goal'], … },
 * //  { code: 'document/plan-van-aanpak/unknown-intermediate-goal', path: ['activities', 0, 'intermediateGoal'], … }]
 * ```
 * @see Regeling procesgang eerste en tweede ziektejaar art. 4
 * @category Completeness
 */
export function checkPlanActivities(
  content: ResolvedDocumentContent,
): Finding<DocumentIssueCode>[] {
  if (content.kind !== 'plan-van-aanpak' && content.kind !== 'bijstelling') return [];
  const goals = content.kind === 'plan-van-aanpak' ? content.intermediateGoals.length : undefined;
  return content.activities.flatMap((activity, index) => {
    const n = index + 1;
    const findings: Finding<DocumentIssueCode>[] = [];
    if (activity.goal === undefined || activity.goal.trim() === '') {
      findings.push(
        documentFinding(
          content.kind,
          'missing-part',
          'warning',
          ['activities', index, 'goal'],
          {
            nl: `Activiteit ${n} heeft geen doel: zeg waartoe de activiteit dient.`,
            en: `Activity ${n} has no goal: say what the activity is for.`,
          },
          SOURCES.planVanAanpak,
        ),
      );
    }
    if (
      goals !== undefined &&
      activity.intermediateGoal !== undefined &&
      activity.intermediateGoal > goals
    ) {
      findings.push(
        documentFinding(
          content.kind,
          'unknown-intermediate-goal',
          'error',
          ['activities', index, 'intermediateGoal'],
          {
            nl: `Activiteit ${n} verwijst naar tussendoel ${activity.intermediateGoal}, maar het plan heeft ${goals} tussendoel${goals === 1 ? '' : 'en'}.`,
            en: `Activity ${n} refers to intermediate goal ${activity.intermediateGoal}, but the plan has ${goals} intermediate goal${goals === 1 ? '' : 's'}.`,
          },
          SOURCES.planVanAanpak,
        ),
      );
    }
    return findings;
  });
}
