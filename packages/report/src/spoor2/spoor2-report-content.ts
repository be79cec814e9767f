import type { Case, DocumentContentInput } from '@poortwachter/schema';
import type { Spoor2DocumentKind } from './spoor2-document-kind.js';
import { type Spoor2ReportRequest, spoor2ReportFacts } from './spoor2-report-facts.js';

/**
 * The content file of a spoor-2 report of kind `K`, as written (before `parseDocumentContent`
 * fills its defaults).
 *
 * @example
 * ```ts
 * const raw: Spoor2ContentInput<'spoor-2-voortgang'> = spoor2ReportContent(
 *   caseFile,
 *   { kind: 'spoor-2-voortgang', date: '2025-05-26' },
 *   { employeeView: 'De werkervaringsplaats bevalt goed.' },
 * );
 * ```
 * @category Spoor 2 reports
 */
export type Spoor2ContentInput<K extends Spoor2DocumentKind> = Extract<
  DocumentContentInput,
  { kind: K }
>;

/**
 * What a person writes of a spoor-2 report of kind `K`: its content file without kind and case
 * (persoonsprofiel, obstacles, advice, the employee's view, signatures, …); every field may be
 * left out here.
 *
 * @example
 * ```ts
 * const narrative: Spoor2Narrative<'spoor-2-voortgang'> = { employeeView: 'Ik weet nu welke richting ik op wil.' };
 * ```
 * @category Spoor 2 reports
 */
export type Spoor2Narrative<K extends Spoor2DocumentKind> = Partial<
  Omit<Spoor2ContentInput<K>, 'kind' | 'case'>
>;

/**
 * Builds the content of a spoor-2 report from a case and a request, so that a person writes only
 * the narrative: kind, date and the case (inline) from the call; for a voortgangsrapportage the
 * period (the request's, else the narrative's, else the default of {@link spoor2ReportFacts}:
 * since the previous report) and the number when asked for; then the narrative. Where the
 * narrative names no authors, the case's loopbaanadviseur is the author (with the provider's
 * name after the function); where it names no signatures, the document gets signature lines for
 * the adviser (when the case names one with a function) and the employee, to be signed by hand.
 * The result is a content file as written: parse it with `parseDocumentContent` of
 * `@poortwachter/schema` (which checks the narrative and fills its defaults) and render it with
 * {@link renderDocument}; the facts are read from the case while rendering.
 *
 * @param caseFile - The case, with its `spoor2` section.
 * @param request - Kind and date; for a voortgangsrapportage the period and number if wanted.
 * @param narrative - The narrative (a content file of the kind without `kind` and `case`).
 * @returns The content, its `case` inline.
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7}
 * @example
 * ```ts
 * import { parseDocumentContent } from '@poortwachter/schema';
 *
 * const raw = spoor2ReportContent(
 *   caseFile,
 *   { kind: 'spoor-2-voortgang', date: '2025-05-26', period: { from: '2025-04-12', to: '2025-05-23' } },
 *   { employeeView: 'De werkervaringsplaats bevalt goed.', cooperation: 'Goed.' },
 * );
 * const parsed = parseDocumentContent(raw);
 * if (parsed.success && parsed.data.kind === 'spoor-2-voortgang')
 *   await renderDocument(parsed.data, { asOf: '2025-05-26' });
 * ```
 * @category Spoor 2 reports
 */
export function spoor2ReportContent<K extends Spoor2DocumentKind>(
  caseFile: Case,
  request: Spoor2ReportRequest & { kind: K },
  narrative: Spoor2Narrative<K> = {},
): Spoor2ContentInput<K> {
  const t = caseFile.spoor2;
  const adviser = t?.provider?.adviser;
  const given = narrative as Record<string, unknown> & {
    authors?: unknown[];
    signatures?: unknown[];
    period?: { from: string; to: string };
  };
  const authors = given.authors?.length
    ? given.authors
    : adviser
      ? [
          {
            name: adviser.name,
            ...(adviser.function
              ? {
                  function: [adviser.function, t?.provider?.name].filter(Boolean).join(', '),
                }
              : {}),
          },
        ]
      : [];
  const signatures = given.signatures?.length
    ? given.signatures
    : [
        ...(adviser?.name && adviser.function
          ? [
              {
                role: 'adviseur',
                name: adviser.name,
                function: adviser.function,
                ...(t?.provider?.name ? { organisation: t.provider.name } : {}),
              },
            ]
          : []),
        { role: 'werknemer' },
      ];
  const voortgang = (): Record<string, unknown> => {
    const period = request.period ?? given.period;
    const fallback = spoor2ReportFacts(caseFile, request).period;
    return {
      period: period ?? { from: fallback.start, to: fallback.end },
      ...(request.number === undefined ? {} : { number: request.number }),
    };
  };
  return {
    ...narrative,
    kind: request.kind,
    case: caseFile,
    date: request.date,
    authors,
    signatures,
    ...(request.kind === 'spoor-2-voortgang' ? voortgang() : {}),
  } as Spoor2ContentInput<K>;
}
