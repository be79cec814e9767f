import type { CliIssue } from './cli-issue.js';
import { cliIssue } from './cli-issue.js';
import { redactNumbers } from './redact-numbers.js';

/**
 * The issue for an unexpected internal error: "interne fout: …" with the error's own message,
 * every run of 5 or more digits redacted so that a BSN cannot reach the terminal.
 *
 * @param error - What was thrown.
 * @returns The issue (code `internal/error`).
 * @example
 * ```ts
 * internalErrorIssue(new Error('boom')).message.nl; // 'interne fout: boom'
 * ```
 * @category CLI
 */
export function internalErrorIssue(error: unknown): CliIssue {
  const message = redactNumbers(error instanceof Error ? error.message : String(error));
  return cliIssue('internal/error', undefined, { nl: message, en: message });
}
