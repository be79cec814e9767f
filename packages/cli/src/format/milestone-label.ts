import type { Milestone } from '@poortwachter/core';
import type { Lang } from '../detect-lang.js';

const NUMBERED = /^evaluatie-(\d+)$/;

/**
 * A milestone's label for text output. The recurring evaluations share one label in the rule
 * table, so their number (from the id `evaluatie-n`) is added to tell the rows apart.
 *
 * @param milestone - A milestone of a timeline.
 * @param lang - The language of the label.
 * @returns The label.
 * @example
 * ```ts
 * milestoneLabel({ ...milestone, id: 'evaluatie-3', label: { nl: 'Evaluatie plan van aanpak', en: '…' } }, 'nl');
 * // 'Evaluatie plan van aanpak 3'
 * ```
 * @category Output
 */
export function milestoneLabel(milestone: Pick<Milestone, 'id' | 'label'>, lang: Lang): string {
  const n = NUMBERED.exec(milestone.id)?.[1];
  return n === undefined ? milestone.label[lang] : `${milestone.label[lang]} ${n}`;
}
