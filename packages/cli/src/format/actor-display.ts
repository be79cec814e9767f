import type { Actor, LocalizedText } from '@poortwachter/core';

/**
 * Who acts on a milestone, in words; `null` for a milestone nobody acts on (`—`).
 *
 * @example
 * ```ts
 * ACTOR_DISPLAY['werkgever+werknemer']?.en; // 'employer and employee'
 * ```
 * @category Output
 */
export const ACTOR_DISPLAY: Record<Actor, LocalizedText | null> = {
  werkgever: { nl: 'werkgever', en: 'employer' },
  werknemer: { nl: 'werknemer', en: 'employee' },
  'werkgever+werknemer': { nl: 'werkgever en werknemer', en: 'employer and employee' },
  bedrijfsarts: { nl: 'bedrijfsarts', en: 'company doctor (bedrijfsarts)' },
  UWV: { nl: 'UWV', en: 'UWV' },
  '—': null,
};
