import type { CaseFindingCode } from '../findings/case-finding-rules.js';
import type { WorkActor } from './spoor2-actions.js';

/**
 * Who acts on a case finding that reaches the work list (one with a due date: the report to UWV
 * at the end of employment, BW 7:658a and Ziektewet art. 38a: the employer).
 *
 * @example
 * ```ts
 * CASE_FINDING_ACTORS['einde-dienstverband/riv-verkort']; // 'werkgever'
 * ```
 * @category Portfolio
 */
export const CASE_FINDING_ACTORS = {
  'spoor-2-niet-nodig/aow-ground': 'werkgever',
  'einde-dienstverband/riv-geen': 'werkgever',
  'einde-dienstverband/riv-verkort': 'werkgever',
  'einde-dienstverband/riv-volledig': 'werkgever',
} as const satisfies Record<CaseFindingCode, WorkActor>;
