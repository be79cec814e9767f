import type { Spoor2ReportKind } from '@poortwachter/core';

/**
 * The three spoor-2 reports, each with the kind under which the case's register
 * (`spoor2.reports`) records it.
 *
 * @example
 * ```ts
 * SPOOR2_DOCUMENT_KINDS['spoor-2-eindrapportage']; // 'eind'
 * ```
 * @category Spoor 2 reports
 */
export const SPOOR2_DOCUMENT_KINDS = {
  'spoor-2-trajectplan': 'trajectplan',
  'spoor-2-voortgang': 'voortgang',
  'spoor-2-eindrapportage': 'eind',
} as const satisfies Record<string, Spoor2ReportKind>;

/**
 * A spoor-2 report's document kind: `spoor-2-trajectplan`, `spoor-2-voortgang` or
 * `spoor-2-eindrapportage`.
 *
 * @example
 * ```ts
 * const kind: Spoor2DocumentKind = 'spoor-2-voortgang';
 * ```
 * @category Spoor 2 reports
 */
export type Spoor2DocumentKind = keyof typeof SPOOR2_DOCUMENT_KINDS;

/**
 * Whether a document's content is that of a spoor-2 report (narrows a union of contents).
 *
 * @param content - Content of any kind.
 * @returns `true` for the three spoor-2 kinds.
 * @example
 * ```ts
 * if (isSpoor2Report(content)) spoor2ReportFacts(content.case, content);
 * ```
 * @category Spoor 2 reports
 */
export function isSpoor2Report<C extends { kind: string }>(
  content: C,
): content is Extract<C, { kind: Spoor2DocumentKind }> {
  return Object.hasOwn(SPOOR2_DOCUMENT_KINDS, content.kind);
}
