/**
 * Joins a path relative to a content file onto the folder of that file, both relative to the
 * folder of the top-level content file, with `/` as separator and `.` and `..` segments resolved
 * (leading `..` segments are kept). An absolute path (starting with `/` or a drive letter) is
 * returned as it is. Pure string work, so it runs in browsers.
 *
 * @param fromFile - The file the path is written in, e.g. `parts/01-plan-van-aanpak.json`.
 * @param path - The path written in it, e.g. `../case.json`.
 * @returns The joined path, e.g. `case.json`.
 * @example
 * ```ts
 * relativePath('parts/01-plan-van-aanpak.json', '../case.json'); // 'case.json'
 * relativePath('riv.json', 'case.json'); // 'case.json'
 * ```
 * @category Document content
 */
export function relativePath(fromFile: string, path: string): string {
  const normalised = path.replaceAll('\\', '/');
  if (normalised.startsWith('/') || /^[A-Za-z]:\//.test(normalised)) return normalised;
  const from = fromFile.replaceAll('\\', '/');
  const folder = from.split('/').slice(0, -1);
  const out: string[] = [];
  for (const segment of [...folder, ...normalised.split('/')]) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(segment);
  }
  return (from.startsWith('/') ? '/' : '') + out.join('/');
}
