import { formatDate } from '@poortwachter/core';
import type { Case, Signature } from '@poortwachter/schema';
import { BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { PAGE } from '../layout/page-layout.js';
import { textRuns } from '../text/text-runs.js';
import type { Theme } from '../theme/theme.js';
import { heading } from './heading.js';

const ROLE_LABELS: Record<Signature['role'], string> = {
  werknemer: 'Werknemer',
  werkgever: 'Namens de werkgever',
  casemanager: 'Casemanager',
  adviseur: 'Adviseur',
};

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };

/** Name and function of a signatory: the employee and casemanager come from the case. */
function signatory(
  signature: Signature,
  caseData: Case,
): { name?: string | undefined; function?: string | undefined } {
  switch (signature.role) {
    case 'werknemer':
      return { name: caseData.employee?.name, function: caseData.employee?.function };
    case 'casemanager':
      return { name: caseData.casemanager?.name, function: caseData.casemanager?.function };
    case 'werkgever':
      return { name: signature.name, function: signature.function };
    case 'adviseur':
      return {
        name: signature.name,
        function: [signature.function, signature.organisation].filter(Boolean).join(', '),
      };
  }
}

function signatureCell(
  signature: Signature | undefined,
  caseData: Case,
  width: number,
  theme: Theme,
  keep: boolean,
): TableCell {
  const line = (label: string, value: string | undefined) =>
    new Paragraph({
      keepNext: true,
      keepLines: true,
      spacing: { after: 40 },
      children: [
        new TextRun({ text: `${label}: `, color: theme.colors.muted }),
        ...textRuns(value?.trim() ? value : '……………………………'),
      ],
    });
  const who = signature ? signatory(signature, caseData) : undefined;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 0, right: 240 },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
    children: signature
      ? [
          new Paragraph({
            keepNext: true,
            spacing: { after: 60 },
            children: [
              new TextRun({
                text: ROLE_LABELS[signature.role],
                bold: true,
                color: theme.colors.primary,
              }),
            ],
          }),
          line('Naam', who?.name),
          line('Functie', who?.function),
          line('Datum', signature.date ? formatDate(signature.date) : undefined),
          line('Plaats', signature.place),
          new Paragraph({
            keepNext: true,
            spacing: { before: 120, after: 0 },
            children: [new TextRun({ text: 'Handtekening:', color: theme.colors.muted })],
          }),
          new Paragraph({
            keepNext: keep,
            spacing: { before: 600, after: 120 },
            border: {
              bottom: { style: BorderStyle.SINGLE, size: 6, color: theme.colors.text, space: 1 },
            },
            children: [],
          }),
        ]
      : [new Paragraph({ keepNext: keep, children: [] })],
  });
}

/**
 * The signature block of a document where the law asks agreement: a heading and, two to a row,
 * each signatory's role, name, function, date and place of signing and a line to sign on. The
 * employee's and casemanager's names come from the case. The whole block is kept on one page
 * (rows never split, every paragraph keeps with the next), so no signature is separated from
 * its heading or from the other signatures.
 *
 * @param signatures - The signatories, in order.
 * @param caseData - The case, for the names of employee and casemanager.
 * @param theme - Colours.
 * @param level - The heading level (1 in a document, 2 inside a re-integratieverslag part).
 * @param title - The heading's text (default "Ondertekening"), such as "Voor gezien door de
 *   werknemer" for the employee's signature under their view in a spoor-2 report.
 * @returns The heading and the table (or a line saying no signatories are given).
 * @example
 * ```ts
 * signatureBlock([{ role: 'werknemer' }, { role: 'werkgever', name: 'M. Jansen', function: 'Directeur' }], caseData, defaultTheme);
 * ```
 * @see BW 7:658a lid 3 (plan van aanpak agreed by employer and employee); Regeling procesgang eerste en tweede ziektejaar art. 4
 * @category Blocks
 */
export function signatureBlock(
  signatures: readonly Signature[],
  caseData: Case,
  theme: Theme,
  level = 1,
  title = 'Ondertekening',
): (Paragraph | Table)[] {
  const titleParagraph = heading(title, level);
  if (signatures.length === 0) {
    return [
      titleParagraph,
      new Paragraph({
        children: textRuns('Geen ondertekenaars opgegeven.', {
          color: theme.colors.muted,
          italics: true,
        }),
      }),
    ];
  }
  const half = Math.floor(PAGE.contentWidth / 2);
  const rows: TableRow[] = [];
  for (let i = 0; i < signatures.length; i += 2) {
    const keep = i + 2 < signatures.length;
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          signatureCell(signatures[i], caseData, half, theme, keep),
          signatureCell(signatures[i + 1], caseData, PAGE.contentWidth - half, theme, keep),
        ],
      }),
    );
  }
  return [
    titleParagraph,
    new Table({
      width: { size: PAGE.contentWidth, type: WidthType.DXA },
      columnWidths: [half, PAGE.contentWidth - half],
      borders: {
        top: NONE,
        bottom: NONE,
        left: NONE,
        right: NONE,
        insideHorizontal: NONE,
        insideVertical: NONE,
      },
      rows,
    }),
  ];
}
