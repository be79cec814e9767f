import type { IssuePath } from '../issues/issue.js';
import type { LocalizedText } from '../types.js';
import type { InputIssue } from './input-issue.js';
import { INPUT_ISSUE_MESSAGES, type InputIssueCode } from './input-issue-codes.js';

/**
 * What an input issue may add to its message: the values allowed, a limit (inclusive unless
 * `exclusive`) and what it limits, or the kind of value expected. Never the value given.
 *
 * @example
 * ```ts
 * const detail: InputIssueDetail = { choices: ['week-6', 'six-weeks-after-d1'] };
 * ```
 * @category Issues
 */
export interface InputIssueDetail {
  choices?: readonly string[] | undefined;
  limit?: number | undefined;
  /** The limit itself is not allowed (a number above or below it is): "more than 0". */
  exclusive?: boolean | undefined;
  /** What `limit` applies to: a number (the default), the length of a list or of a text. */
  of?: 'number' | 'list' | 'text' | undefined;
  expected?: 'text' | 'number' | 'boolean' | 'object' | 'list' | undefined;
}

const EXPECTED: Record<NonNullable<InputIssueDetail['expected']>, LocalizedText> = {
  text: { nl: 'tekst', en: 'text' },
  number: { nl: 'een getal', en: 'a number' },
  boolean: { nl: 'true of false', en: 'true or false' },
  object: { nl: 'een object { … }', en: 'an object { … }' },
  list: { nl: 'een lijst [ … ]', en: 'a list [ … ]' },
};

/** What a limit on a list or a text counts, in the singular and the plural. */
const UNITS: Record<'list' | 'text', Record<'one' | 'many', LocalizedText>> = {
  list: { one: { nl: 'element', en: 'item' }, many: { nl: 'elementen', en: 'items' } },
  text: { one: { nl: 'teken', en: 'character' }, many: { nl: 'tekens', en: 'characters' } },
};

function detailText(code: InputIssueCode, d: InputIssueDetail): LocalizedText | null {
  if (d.choices && d.choices.length > 0) {
    const list = d.choices.join(', ');
    return { nl: `Kies één van: ${list}.`, en: `Choose one of: ${list}.` };
  }
  if (d.limit !== undefined && (code === 'field/too-small' || code === 'field/too-big')) {
    const n = String(d.limit);
    const small = code === 'field/too-small';
    const of = d.of ?? 'number';
    if (of === 'number' && d.exclusive)
      return small
        ? { nl: `Meer dan ${n}.`, en: `More than ${n}.` }
        : { nl: `Minder dan ${n}.`, en: `Less than ${n}.` };
    const unit = of === 'number' ? null : UNITS[of][d.limit === 1 ? 'one' : 'many'];
    const nl = unit ? `${n} ${unit.nl}` : n;
    const en = unit ? `${n} ${unit.en}` : n;
    return small
      ? { nl: `Minstens ${nl}.`, en: `At least ${en}.` }
      : { nl: `Hoogstens ${nl}.`, en: `At most ${en}.` };
  }
  if (d.expected && code === 'field/type') {
    const e = EXPECTED[d.expected];
    return { nl: `Verwacht: ${e.nl}.`, en: `Expected: ${e.en}.` };
  }
  return null;
}

/**
 * Builds an input issue: its code, path and message from {@link INPUT_ISSUE_MESSAGES}, with a
 * second sentence from the detail (the values to choose from, the limit, the kind expected).
 * Core and `@poortwachter/schema` build their issues with it, so the same problem reads the
 * same in both. The message never contains the value given.
 *
 * @param code - The issue's code.
 * @param path - The path of the field.
 * @param detail - What the message may add.
 * @returns The issue.
 * @example
 * ```ts
 * inputIssue('option/invalid', ['options', 'startSpoor2'], { choices: ['werkwijzer', 'one-year'] }).message.en;
 * // 'This option has an invalid value. Choose one of: werkwijzer, one-year.'
 * ```
 * @category Issues
 */
export function inputIssue(
  code: InputIssueCode,
  path: IssuePath,
  detail?: InputIssueDetail,
): InputIssue {
  const base = INPUT_ISSUE_MESSAGES[code];
  const extra = detail ? detailText(code, detail) : null;
  return {
    code,
    path,
    message: extra ? { nl: `${base.nl} ${extra.nl}`, en: `${base.en} ${extra.en}` } : base,
  };
}
