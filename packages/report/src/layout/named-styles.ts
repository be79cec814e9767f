/**
 * The named Word styles every document uses, by role: the style id the document's XML refers
 * to and the Dutch name Word and LibreOffice show in their style lists. The title, the headings
 * and body text use Word's built-in styles (`Title`, `Heading1`–`Heading3`, `Normal`): Word
 * shows those under its own names in the user's language ("Titel", "Kop 1", "Standaard" in a
 * Dutch Word), its navigation pane and table of contents pick them up, and a house-style
 * template's own definitions of them win. The other roles are styles of this library with Dutch
 * names. {@link documentStyles} defines all of them once per theme; blocks refer to them by id
 * and set no direct formatting for these roles, so changing a style in Word restyles every part.
 *
 * @example
 * ```ts
 * import { Paragraph, TextRun } from 'docx';
 *
 * new Paragraph({ style: NAMED_STYLES.tableText.id, children: [new TextRun('Orderpicker')] });
 * ```
 * @category Layout
 */
export const NAMED_STYLES = {
  /** The document title on the first page (built-in). */
  title: { id: 'Title', name: 'Title', type: 'paragraph' },
  /** Section headings (built-in). */
  heading1: { id: 'Heading1', name: 'heading 1', type: 'paragraph' },
  heading2: { id: 'Heading2', name: 'heading 2', type: 'paragraph' },
  heading3: { id: 'Heading3', name: 'heading 3', type: 'paragraph' },
  /** Body text: every paragraph without a style of its own (built-in). */
  body: { id: 'Normal', name: 'Normal', type: 'paragraph' },
  /** The header cells of a table (repeated on every page). */
  tableHeader: { id: 'Tabelkop', name: 'Tabelkop', type: 'paragraph' },
  /** The title row of a group in a table of labels and values. */
  tableGroup: { id: 'Tabelgroep', name: 'Tabelgroep', type: 'paragraph' },
  /** The text of a table cell. */
  tableText: { id: 'Tabeltekst', name: 'Tabeltekst', type: 'paragraph' },
  /** The label cell of a table of labels and values. */
  tableLabel: { id: 'Tabellabel', name: 'Tabellabel', type: 'paragraph' },
  /** A further line in a table cell (a goal, a note), below the cell's main text. */
  tableDetail: { id: 'Tabeldetail', name: 'Tabeldetail', type: 'paragraph' },
  /** "Dit document bevat geen medische gegevens." */
  privacy: { id: 'Privacyregel', name: 'Privacyregel', type: 'paragraph' },
  /** "CONCEPT — onvolledig" in the header of an incomplete document. */
  concept: { id: 'Conceptmarkering', name: 'Conceptmarkering', type: 'paragraph' },
  /** A label before a value in running text ("Datum: ", "Einddoel: "). */
  label: { id: 'Label', name: 'Label', type: 'character' },
  /** An empty value ("—", "Geen."), so that an empty field is visibly empty. */
  empty: { id: 'LegeWaarde', name: 'Lege waarde', type: 'character' },
} as const satisfies Record<string, { id: string; name: string; type: 'paragraph' | 'character' }>;

/**
 * A role of {@link NAMED_STYLES}.
 *
 * @example
 * ```ts
 * const role: NamedStyleRole = 'tableHeader';
 * ```
 * @category Layout
 */
export type NamedStyleRole = keyof typeof NAMED_STYLES;
