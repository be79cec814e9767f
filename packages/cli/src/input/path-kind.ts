import { stat } from 'node:fs/promises';

/**
 * Whether a path is a file, a directory, or nothing (yet).
 *
 * @param path - An absolute path.
 * @returns `'file'`, `'directory'`, or `null` when nothing is there.
 * @throws The file system's error for anything but a missing path (e.g. no permission).
 * @example
 * ```ts
 * await pathKind('/tmp'); // 'directory'
 * ```
 * @category Input
 */
export async function pathKind(path: string): Promise<'file' | 'directory' | null> {
  try {
    return (await stat(path)).isDirectory() ? 'directory' : 'file';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
