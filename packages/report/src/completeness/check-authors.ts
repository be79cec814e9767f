import type { Finding, LocalizedText } from '@poortwachter/core';
import type { Author, DocumentKind } from '@poortwachter/schema';
import { documentFinding } from './document-finding.js';
import type { DocumentIssueCode } from './document-problems.js';
import { isMissing } from './is-missing.js';
import { SOURCES } from './sources.js';

/**
 * Reports a part that UWV cannot recognise by its authors: no author at all (`no-authors`), or an
 * author without name (`author-without-name`) or without function (`author-without-function`).
 * All are errors: each part must carry the name and function of its authors.
 *
 * @param kind - The kind of document the findings belong to.
 * @param authors - The authors of the part (absent when not given).
 * @param path - The path of the `authors` field, e.g. `['authors']` or `['parts', 3, 'authors']`.
 * @param part - How to name the part in the message, e.g. `{ nl: 'Dit document', en: 'This document' }`.
 * @returns The findings.
 * @see Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2
 * @example
 * ```ts
 * checkAuthors('bijstelling', [{ name: 'P. de Boer' }], ['authors'], { nl: 'Dit document', en: 'This document' });
 * // [{ code: 'document/bijstelling/author-without-function', path: ['authors', 0, 'function'], … }]
 * ```
 * @category Completeness
 */
export function checkAuthors(
  kind: DocumentKind,
  authors: readonly Author[] | undefined,
  path: (string | number)[],
  part: LocalizedText,
): Finding<DocumentIssueCode>[] {
  if (authors === undefined || authors.length === 0) {
    return [
      documentFinding(
        kind,
        'no-authors',
        'error',
        path,
        {
          nl: `${part.nl} vermeldt geen auteur: UWV herkent een onderdeel aan de naam en functie van wie het opstelde.`,
          en: `${part.en} names no author: UWV recognises a part by the name and function of whoever wrote it.`,
        },
        SOURCES.rivForm,
      ),
    ];
  }
  return authors.flatMap((author, index) =>
    AUTHOR_FIELDS.filter(({ field }) => isMissing(author[field])).map(({ field, nl, en }) =>
      documentFinding(
        kind,
        `author-without-${field}`,
        'error',
        [...path, index, field],
        {
          nl: `${part.nl}: de ${nl} van auteur ${index + 1} ontbreekt.`,
          en: `${part.en}: the ${en} of author ${index + 1} is missing.`,
        },
        SOURCES.rivForm,
      ),
    ),
  );
}

/** The fields every author must have, with their names in the messages. */
const AUTHOR_FIELDS = [
  { field: 'name', nl: 'naam', en: 'name' },
  { field: 'function', nl: 'functie', en: 'function' },
] as const;
