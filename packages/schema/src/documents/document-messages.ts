import type { LocalizedText } from '@poortwachter/core';

/**
 * The codes of the problems found while parsing and resolving a content file (besides the codes
 * of zod and of the case file).
 *
 * @example
 * ```ts
 * const code: DocumentMessageCode = 'file/not-found';
 * ```
 * @category Document content
 */
export type DocumentMessageCode =
  | 'file/not-found'
  | 'file/invalid-json'
  | 'document/case-missing'
  | 'document/part-kind-mismatch'
  | 'document/part-not-referenceable'
  | 'document/part-field-from-content-file'
  | 'document/not-inline';

/**
 * The Dutch and English texts of the problems found while resolving a content file. No text
 * contains an input value (not even a file name: the path names the field that holds it).
 *
 * @example
 * ```ts
 * DOCUMENT_MESSAGES['file/not-found'].nl; // 'Bestand niet gevonden.'
 * ```
 * @category Document content
 */
export const DOCUMENT_MESSAGES: Readonly<Record<DocumentMessageCode, LocalizedText>> = {
  'file/not-found': {
    nl: 'Bestand niet gevonden.',
    en: 'File not found.',
  },
  'file/invalid-json': {
    nl: 'Dit bestand is geen geldige JSON.',
    en: 'This file is not valid JSON.',
  },
  'document/case-missing': {
    nl: 'Geef het dossier: een pad naar het dossierbestand (case.json) of het dossier zelf.',
    en: 'Give the case: a path to the case file (case.json) or the case itself.',
  },
  'document/part-kind-mismatch': {
    nl: 'Het bestand bij dit onderdeel bevat een ander soort document dan "kind" aangeeft.',
    en: 'The file of this part holds another kind of document than "kind" says.',
  },
  'document/part-not-referenceable': {
    nl: 'Dit soort onderdeel wordt niet met deze bibliotheek geschreven: laat contentFile weg en geef datum en auteurs.',
    en: 'This kind of part is not written with this library: leave out contentFile and give its date and authors.',
  },
  'document/not-inline': {
    nl: 'Geef hier de inhoud zelf, geen pad naar een bestand: parseDocumentContent leest geen bestanden (resolveDocumentContent wel).',
    en: 'Give the content itself here, not a path to a file: parseDocumentContent reads no files (resolveDocumentContent does).',
  },
  'document/part-field-from-content-file': {
    nl: 'Een onderdeel met contentFile neemt datum, auteurs en titel over uit dat bestand: laat dit veld weg.',
    en: 'A part with contentFile takes its date, authors and title from that file: leave out this field.',
  },
};
