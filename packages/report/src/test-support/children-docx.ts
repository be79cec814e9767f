import { Document, type FileChild, Packer } from 'docx';
import mammoth from 'mammoth';
import { docxParts } from './docx-parts.js';

/** Packs body children into a .docx and returns its bytes, `word/document.xml` and raw text, for tests. */
export async function childrenDocx(
  children: FileChild[],
): Promise<{ bytes: Uint8Array; xml: string; text: string }> {
  const bytes = new Uint8Array(
    await Packer.toArrayBuffer(new Document({ sections: [{ children }] })),
  );
  const xml = docxParts(bytes)['word/document.xml'] ?? '';
  const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return { bytes, xml, text };
}
