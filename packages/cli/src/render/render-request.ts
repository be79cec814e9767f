import type { IsoDate } from '@poortwachter/core';

/**
 * One document to make: what `report` asks for, and what `batch` sends to a worker (plain
 * data, so it crosses a thread boundary).
 *
 * @example
 * ```ts
 * const request: RenderRequest = {
 *   input: 'plan.json', output: 'plan.docx', cwd: process.cwd(), asOf: '2025-09-01',
 *   allowIncomplete: false, force: false,
 * };
 * ```
 * @category Report
 */
export interface RenderRequest {
  /** The content file, as the user gave it (relative to `cwd`). */
  input: string;
  /** The .docx file to write, as the user gave it (relative to `cwd`). */
  output: string;
  /** The directory relative paths are resolved against. */
  cwd: string;
  /** `--kind`: the kind the content file must be (or is given, when it names none). */
  kind?: string | undefined;
  /** `--theme`: a house-style file. */
  theme?: string | undefined;
  /** `--template`: the customer's own .docx to fill instead of the standard layout. */
  template?: string | undefined;
  /** The date statuses and completeness are judged for. */
  asOf: IsoDate;
  /** Make the document even when it is incomplete (it is marked as a concept). */
  allowIncomplete: boolean;
  /** `--omit-bsn`: an internal copy without the BSN (not for a re-integratieverslag). */
  omitBsn?: boolean | undefined;
  /** Overwrite an existing output file. */
  force: boolean;
}
