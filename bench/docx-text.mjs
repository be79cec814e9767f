import mammoth from 'mammoth';
import PizZip from 'pizzip';

/**
 * The visible text of a .docx for comparing two documents: the body as mammoth extracts it
 * (paragraphs, tables, lists), then the text runs of every header and footer part.
 *
 * @param {Uint8Array} docx - The document.
 * @returns {Promise<string>} The text.
 * @example
 * ```js
 * (await docxText(a)) === (await docxText(b)); // same words in the same order
 * ```
 * @category Benchmarks
 */
export async function docxText(docx) {
  const { value: body } = await mammoth.extractRawText({ buffer: Buffer.from(docx) });
  const zip = new PizZip(docx);
  const parts = zip
    .file(/^word\/(header|footer)\d*\.xml$/)
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((f) =>
      [...f.asText().matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    );
  return [body, ...parts].join('\n');
}
