import type { LocalizedText } from '@poortwachter/core';
import { redactNumbers } from './redact-numbers.js';

/**
 * The one-line message of an unexpected error, in Dutch and English: `interne fout: …` with the
 * error's own message, numbers of 8 or more digits hidden (a BSN never reaches the screen).
 *
 * @param error - Whatever was thrown.
 * @returns The message.
 * @example
 * ```ts
 * internalErrorMessage(new Error('disk full')).nl; // 'interne fout: disk full'
 * ```
 * @category CLI
 */
export function internalErrorMessage(error: unknown): LocalizedText {
  const message = redactNumbers(error instanceof Error ? error.message : String(error));
  return { nl: `interne fout: ${message}`, en: `internal error: ${message}` };
}
