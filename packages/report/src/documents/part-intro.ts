import { formatDate } from '@poortwachter/core';
import { Paragraph, TextRun } from 'docx';
import { NAMED_STYLES } from '../layout/named-styles.js';
import { textRuns } from '../text/text-runs.js';
import type { Theme } from '../theme/theme.js';

/**
 * An author or signatory as content files give them: name and function, either may be missing
 * while drafting (the completeness check reports it).
 *
 * @example
 * ```ts
 * const author: AuthorFields = { name: 'P. de Boer', function: 'HR-adviseur' };
 * ```
 * @category Documents
 */
export interface AuthorFields {
  name?: string | undefined;
  function?: string | undefined;
}

/**
 * "Naam (functie)" for each author, joined with semicolons; a missing function is left out.
 *
 * @param authors - Authors or signatories.
 * @returns The text, or `undefined` when there are none.
 * @example
 * ```ts
 * authorsText([{ name: 'P. de Boer', function: 'HR-adviseur' }]); // 'P. de Boer (HR-adviseur)'
 * ```
 * @category Documents
 */
export function authorsText(authors: readonly AuthorFields[] | undefined): string | undefined {
  const text = (authors ?? [])
    .map((a) => [a.name, a.function ? `(${a.function})` : ''].filter(Boolean).join(' '))
    .filter(Boolean)
    .join('; ');
  return text || undefined;
}

/**
 * The lines that make a document, or a part of a re-integratieverslag, recognisable: its date
 * and version, and the name and function of its authors.
 *
 * @param fields - The document's date, version and authors.
 * @param _theme - Unused: the "Label" style carries the formatting.
 * @returns Two paragraphs.
 * @example
 * ```ts
 * partIntro({ date: '2025-03-26', version: 1, authors: [{ name: 'P. de Boer', function: 'HR-adviseur' }] }, defaultTheme);
 * ```
 * @see Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2
 * @category Documents
 */
export function partIntro(
  fields: {
    date?: string | undefined;
    version?: number | undefined;
    authors?: readonly AuthorFields[] | undefined;
  },
  _theme: Theme,
): Paragraph[] {
  const label = (text: string) => new TextRun({ text, style: NAMED_STYLES.label.id });
  const date = fields.date ? formatDate(fields.date) : 'datum ontbreekt';
  return [
    new Paragraph({
      keepNext: true,
      spacing: { after: 40 },
      children: [
        label('Datum: '),
        new TextRun(date),
        ...(fields.version === undefined
          ? []
          : [label(' · Versie: '), new TextRun(String(fields.version))]),
      ],
    }),
    new Paragraph({
      children: [
        label('Opgesteld door: '),
        ...textRuns(authorsText(fields.authors) ?? 'auteur ontbreekt'),
      ],
    }),
  ];
}
