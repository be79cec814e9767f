import type { Finding } from '@poortwachter/core';

/**
 * Thrown by the renderers when a document misses required content (an `error` finding of the
 * completeness check) and `allowIncomplete` is not set. `findings` carries every finding of the
 * check as data (code, path, Dutch and English message); the message lists the field paths with
 * the English texts. Messages never contain content values, so no BSN can leak through them.
 *
 * @example
 * ```ts
 * try {
 *   await renderDocument(content);
 * } catch (e) {
 *   if (e instanceof DocumentIncompleteError) for (const f of e.findings) console.error(`${f.path?.join('.')}: ${f.message.nl}`);
 * }
 * ```
 * @category Rendering
 */
export class DocumentIncompleteError extends Error {
  override readonly name = 'DocumentIncompleteError';
  /** All findings of the completeness check; those with severity `error` block the document. */
  readonly findings: readonly Finding[];

  constructor(findings: readonly Finding[]) {
    const errors = findings.filter((f) => f.severity === 'error');
    super(
      `The document is incomplete:\n${errors.map((f) => `${f.path?.join('.') || '(document)'}: ${f.message.en}`).join('\n')}`,
    );
    this.findings = findings;
  }
}
