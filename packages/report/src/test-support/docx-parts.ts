import { type Document, Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';

/** The XML parts of a .docx package by path, for tests. */
export function docxParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([path]) => path.endsWith('.xml') || path.endsWith('.rels'))
      .map(([path, data]) => [path, strFromU8(data)]),
  );
}

/** Packs a docx `Document` and returns its `word/document.xml`, for tests. */
export async function documentXml(doc: Document): Promise<string> {
  const bytes = new Uint8Array(await Packer.toArrayBuffer(doc));
  return docxParts(bytes)['word/document.xml'] ?? '';
}
