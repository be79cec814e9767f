import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isOwnTempFile } from './temp-file-name.js';

/**
 * Removes this process's temporary files from a directory: after an interrupted `batch`, no
 * half-written file is left behind.
 *
 * @param dir - The output directory.
 * @returns When they are gone.
 * @example
 * ```ts
 * await removeOwnTempFiles('/out');
 * ```
 * @category Output
 */
export async function removeOwnTempFiles(dir: string): Promise<void> {
  const names = await readdir(dir);
  await Promise.all(
    names.filter(isOwnTempFile).map((name) => rm(join(dir, name), { force: true })),
  );
}
