/**
 * The media type of a .docx file.
 *
 * @example
 * ```ts
 * const headers = { 'Content-Type': DOCX_MIME_TYPE, 'Content-Disposition': 'attachment; filename="pva.docx"' };
 * ```
 * @category Rendering
 */
export const DOCX_MIME_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Wraps rendered bytes in a `Blob` with the .docx media type, for a download in a browser.
 *
 * @param bytes - The output of a renderer.
 * @returns The Blob.
 * @example
 * ```ts
 * const url = URL.createObjectURL(toBlob(await renderDocument(content)));
 * ```
 * @category Rendering
 */
export function toBlob(bytes: Uint8Array): Blob {
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_MIME_TYPE });
}
