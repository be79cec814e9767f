import { formatDate } from '@poortwachter/core';
import type { Case, Signature } from '@poortwachter/schema';
import { BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { NAMED_STYLES } from '../layout/named-styles.js';
import { PAGE } from '../layout/page-layout.js';
import { textRuns } from '../text/text-runs.js';
import type { Theme } from '../theme/theme.js';
import { dataTable } from './data-table.js';
import { heading } from './heading.js';

/**
 * What the record of signatures says of a signatory who has not signed (no date recorded).
 *
 * @example
 * ```ts
 * const notYet = NOT_SIGNED; // 'nog niet ondertekend'
 * ```
 * @category Blocks
 */
export const NOT_SIGNED = 'nog niet ondertekend';

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
        new TextRun({ text: `${label}: `, style: NAMED_STYLES.label.id }),
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
            style: NAMED_STYLES.tableGroup.id,
            keepNext: true,
            spacing: { after: 60 },
            text: ROLE_LABELS[signature.role],
          }),
          line('Naam', who?.name),
          line('Functie', who?.function),
          line('Datum', signature.date ? formatDate(signature.date) : undefined),
          line('Plaats', signature.place),
          new Paragraph({
            keepNext: true,
            spacing: { before: 120, after: 0 },
            children: [new TextRun({ text: 'Handtekening:', style: NAMED_STYLES.label.id })],
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
 * A part rendered inside a re-integratieverslag was signed on its own paper: there (mode
 * `record`, the default from heading level 2 on) the block is the record of who signed when
 * and where, one row per signatory, and a signatory without a date is shown as
 * {@link NOT_SIGNED} instead of an empty line that would make the part look unsigned.
 *
 * @param signatures - The signatories, in order.
 * @param caseData - The case, for the names of employee and casemanager.
 * @param theme - Colours.
 * @param level - The heading level (1 in a document, 2 inside a re-integratieverslag part).
 * @param options - `mode`: `lines` (to sign on) or `record` (who signed when), default `lines`
 *   at level 1 and `record` below it; `title`: the heading's text (default "Ondertekening"), such
 *   as "Voor gezien door de werknemer" for the employee's signature under their view in a spoor-2
 *   report.
 * @returns The heading and the table (or a line saying no signatories are given).
 * @example
 * ```ts
 * signatureBlock([{ role: 'werknemer' }, { role: 'werkgever', name: 'M. Jansen', function: 'Directeur' }], planVanAanpak.case, defaultTheme);
 * ```
 * @see BW 7:658a lid 3 (plan van aanpak agreed by employer and employee); Regeling procesgang eerste en tweede ziektejaar art. 4
 * @category Blocks
 */
export function signatureBlock(
  signatures: readonly Signature[],
  caseData: Case,
  theme: Theme,
  level = 1,
  options: { mode?: 'lines' | 'record'; title?: string } = {},
): (Paragraph | Table)[] {
  const titleParagraph = heading(options.title ?? 'Ondertekening', level);
  const mode = options.mode ?? (level > 1 ? 'record' : 'lines');
  if (signatures.length > 0 && mode === 'record') {
    return [
      titleParagraph,
      dataTable(
        [
          { header: 'Ondertekenaar', weight: 24 },
          { header: 'Naam en functie', weight: 38 },
          { header: 'Ondertekend op', weight: 22 },
          { header: 'Plaats', weight: 16 },
        ],
        signatures.map((signature) => {
          const who = signatory(signature, caseData);
          return [
            ROLE_LABELS[signature.role],
            [who.name, who.function].filter(Boolean).join(', '),
            signature.date
              ? formatDate(signature.date)
              : { text: NOT_SIGNED, color: theme.colors.status.overdue },
            signature.place ?? '—',
          ];
        }),
        theme,
      ),
    ];
  }
  if (signatures.length === 0) {
    return [
      titleParagraph,
      new Paragraph({
        children: textRuns('Geen ondertekenaars opgegeven.', { style: NAMED_STYLES.empty.id }),
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
