import { BorderStyle, Header, ImageRun, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import { PAGE } from '../layout/page-layout.js';
import { singleLine } from '../text/single-line.js';
import type { Theme } from '../theme/theme.js';
import { INTERNAL_COPY } from './administrative-data-table.js';
import { conceptMarking } from './concept-marking.js';

/**
 * What the header of a document shows.
 *
 * @example
 * ```ts
 * const fields: DocumentHeaderFields = { title: 'Plan van aanpak', employeeName: 'Jan de Vries', bsn: '123456782', concept: false };
 * ```
 * @category Blocks
 */
export interface DocumentHeaderFields {
  /** The document's title. */
  title: string;
  /** The employee's name from the case; a missing name is shown as missing. */
  employeeName: string | undefined;
  /**
   * The BSN, shown on every page of a document that becomes part of the re-integratieverslag;
   * `null` leaves it out (the dossieroverzicht), `undefined` shows that it is missing.
   */
  bsn: string | null | undefined;
  /** Adds the "CONCEPT — onvolledig" marking. */
  concept: boolean;
  /** An internal copy: "Interne kopie, zonder BSN" in place of the BSN. */
  internalCopy?: boolean | undefined;
}

/**
 * The header of every page: the theme's logo and organisation, then the employee's name, the
 * document title and the BSN on one ruled line, and the concept marking when the document is
 * incomplete.
 *
 * @param fields - Title, employee name, BSN and concept state.
 * @param theme - Logo, organisation and colours.
 * @returns The docx header.
 * @example
 * ```ts
 * documentHeader({ title: 'Plan van aanpak', employeeName: 'Jan de Vries', bsn: '123456782', concept: false }, defaultTheme);
 * ```
 * @see Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2 (BSN on every document)
 * @category Blocks
 */
export function documentHeader(fields: DocumentHeaderFields, theme: Theme): Header {
  const small = Math.round(theme.fontSize * 2) - 3;
  const muted = { size: small, color: theme.colors.muted };
  const right = [{ type: TabStopType.RIGHT, position: PAGE.contentWidth }];
  const children: Paragraph[] = [];
  const { logo, organisation } = theme;
  if (logo || organisation) {
    children.push(
      new Paragraph({
        tabStops: right,
        spacing: { after: 60 },
        children: [
          ...(logo
            ? [
                new ImageRun({
                  type: logo.type,
                  data: logo.data,
                  transformation: { width: logo.width, height: logo.height },
                }),
              ]
            : []),
          ...(organisation
            ? [
                new TextRun({ children: [new Tab()] }),
                new TextRun({
                  text: singleLine(organisation.name),
                  bold: true,
                  size: small,
                  color: theme.colors.primary,
                }),
                ...(organisation.address
                  ? [new TextRun({ text: ` · ${singleLine(organisation.address)}`, ...muted })]
                  : []),
              ]
            : []),
        ],
      }),
    );
  }
  const name = singleLine(fields.employeeName?.trim() || 'naam werknemer ontbreekt');
  children.push(
    new Paragraph({
      tabStops: right,
      spacing: { after: 120 },
      border: {
        bottom: { style: BorderStyle.SINGLE, size: 6, color: theme.colors.accent, space: 4 },
      },
      children: [
        new TextRun({ text: name, bold: true, size: small, color: theme.colors.text }),
        new TextRun({ text: ` · ${singleLine(fields.title)}`, ...muted }),
        ...(fields.internalCopy
          ? [new TextRun({ ...muted, children: [new Tab(), INTERNAL_COPY] })]
          : fields.bsn === null
            ? []
            : [
                new TextRun({
                  ...muted,
                  children: [new Tab(), `BSN ${singleLine(fields.bsn?.trim() || 'ontbreekt')}`],
                }),
              ]),
      ],
    }),
  );
  if (fields.concept) children.push(conceptMarking(theme));
  return new Header({ children });
}
