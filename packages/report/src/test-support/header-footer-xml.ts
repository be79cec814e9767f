import { Document, type Footer, type Header, Packer, Paragraph } from 'docx';
import { docxParts } from './docx-parts.js';

/** Packs a one-paragraph document with the given header and footer; returns their XML, for tests. */
export async function headerFooterXml(
  header: Header,
  footer: Footer,
): Promise<{ header: string; footer: string }> {
  const doc = new Document({
    sections: [
      {
        headers: { default: header },
        footers: { default: footer },
        children: [new Paragraph('x')],
      },
    ],
  });
  const parts = docxParts(new Uint8Array(await Packer.toArrayBuffer(doc)));
  const of = (prefix: string) =>
    Object.entries(parts)
      .filter(([path]) => path.startsWith(`word/${prefix}`) && path.endsWith('.xml'))
      .map(([, xml]) => xml)
      .join('');
  return { header: of('header'), footer: of('footer') };
}
