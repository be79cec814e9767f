import { isSafeName } from './is-safe-name.js';

/**
 * Writes a field path the way a person reads it: `sickPeriods[1].end`, `employee.bsn`; the root
 * is the empty string. A free-form key that is not a short word starting with a letter, or that
 * holds 8 or more digits in a row (such as a BSN used as a key of `groups`), is written as `[…]`,
 * so a path text never echoes input.
 *
 * @param path - The path of an issue.
 * @returns The path as text.
 * @example
 * ```ts
 * pathText(['sickPeriods', 1, 'end']); // 'sickPeriods[1].end'
 * pathText(['groups', '123456782']); // 'groups[…]'
 * pathText([]); // ''
 * ```
 * @category Issues
 */
export function pathText(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (typeof segment === 'string' && isSafeName(segment))
      text += text === '' ? segment : `.${segment}`;
    else text += '[…]';
  }
  return text;
}
