import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

const OWN = new RegExp(`^\\..+\\.${process.pid}-[0-9a-f]{8}\\.tmp$`);

/**
 * The hidden temporary file a document is written to before it is renamed into place: in the
 * same directory (so the rename is atomic), named after the target and this process.
 *
 * @param file - The absolute path of the target.
 * @returns A fresh temporary path beside it.
 * @example
 * ```ts
 * tempFileName('/out/plan.docx'); // '/out/.plan.docx.12345-9f3a0c1d.tmp'
 * ```
 * @category Output
 */
export function tempFileName(file: string): string {
  return join(
    dirname(file),
    `.${basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
}

/**
 * Whether a file name is one of this process's temporary files (see {@link tempFileName}), for
 * clearing them away after an interrupted run.
 *
 * @param name - A file name (no directory).
 * @returns `true` for a temporary file of this process.
 * @example
 * ```ts
 * isOwnTempFile(basename(tempFileName('/out/plan.docx'))); // true
 * isOwnTempFile('plan.docx'); // false
 * ```
 * @category Output
 */
export function isOwnTempFile(name: string): boolean {
  return OWN.test(name);
}
