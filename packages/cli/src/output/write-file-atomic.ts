import { open, rename, rm } from 'node:fs/promises';
import { tempFileName } from './temp-file-name.js';

/**
 * Writes a file whole or not at all: the bytes go to a hidden temporary file in the same
 * directory, are flushed to disk, and the temporary file is then renamed over the target (an
 * atomic step on one file system). On any failure the temporary file is removed, so a reader
 * never sees half a document and nothing is left behind.
 *
 * @param file - The absolute path to write.
 * @param data - The bytes.
 * @returns When the file is in place.
 * @example
 * ```ts
 * await writeFileAtomic('/tmp/plan.docx', bytes);
 * ```
 * @category Output
 */
export async function writeFileAtomic(file: string, data: Uint8Array): Promise<void> {
  const temp = tempFileName(file);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
