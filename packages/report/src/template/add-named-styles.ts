import { Document, Packer, Paragraph } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { documentStyles } from '../layout/document-styles.js';
import { NAMED_STYLES } from '../layout/named-styles.js';
import type { Theme } from '../theme/theme.js';

const STYLES = 'word/styles.xml';
const OWN_IDS = Object.values(NAMED_STYLES)
  .map((s) => s.id)
  .filter((id) => !/^(Title|Heading\d|Normal)$/.test(id));

const styleElement = (xml: string, id: string): string | undefined =>
  new RegExp(`<w:style\\b[^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(xml)?.[0];

/** The definitions of this library's own named styles for a theme, as styles.xml elements. */
async function ownStyles(theme: Theme): Promise<Map<string, string>> {
  const doc = new Document({
    styles: documentStyles(theme),
    sections: [{ children: [new Paragraph('')] }],
  });
  const xml = strFromU8(
    unzipSync(new Uint8Array(await Packer.toArrayBuffer(doc)))[STYLES] ?? new Uint8Array(),
  );
  return new Map(OWN_IDS.map((id) => [id, styleElement(xml, id) ?? '']));
}

/**
 * Adds the named styles the inserted body refers to ("Tabelkop", "Tabeltekst", "Label", …; see
 * `NAMED_STYLES`) to a filled house-style template that does not define them, from the theme.
 * A style the template defines itself (by the same id) is kept: that is how a house style
 * restyles the tables and labels. The added styles are based on the template's Normal style,
 * so they take its font.
 *
 * @param docx - The filled document.
 * @param theme - The theme whose style definitions fill the gaps.
 * @returns The document with every named style defined.
 * @example
 * ```ts
 * const bytes = await addNamedStyles(filled, defaultTheme);
 * ```
 * @category Templates
 */
export async function addNamedStyles(docx: Uint8Array, theme: Theme): Promise<Uint8Array> {
  const files = unzipSync(docx);
  const styles = files[STYLES];
  if (styles === undefined) return docx;
  const xml = strFromU8(styles);
  const missing = OWN_IDS.filter((id) => !xml.includes(`w:styleId="${id}"`));
  if (missing.length === 0) return docx;
  const own = await ownStyles(theme);
  const added = missing.map((id) => own.get(id) ?? '').join('');
  files[STYLES] = strToU8(xml.replace('</w:styles>', `${added}</w:styles>`));
  return zipSync(files);
}
