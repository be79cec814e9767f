import {
  INPUT_ISSUE_MESSAGES,
  type InputIssueCode,
  type InputIssueDetail,
  type Issue,
  inputIssue,
  isSafeName,
  type LocalizedText,
} from '@poortwachter/core';
import type { z } from 'zod';
import type { SchemaIssueCode } from './schema-issue-code.js';

type RawIssue = Parameters<z.core.$ZodErrorMap>[0];
type Path = (string | number)[];

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
const EXPECTED: Record<string, InputIssueDetail['expected']> = {
  string: 'text',
  number: 'number',
  int: 'number',
  boolean: 'boolean',
  object: 'object',
  array: 'list',
};

const isLocalizedText = (value: unknown): value is LocalizedText =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as LocalizedText).nl === 'string' &&
  typeof (value as LocalizedText).en === 'string';

/** What is kept of a zod issue while the input is still at hand: our code and details. */
export interface IssueNote {
  code: SchemaIssueCode;
  detail?: InputIssueDetail;
  /** Unknown keys (only safe names; others are written as `…`). */
  keys?: string[];
  /** The message a custom issue carries in its params, kept whole (with any detail sentence). */
  message?: LocalizedText;
}

/**
 * Whether a value of the wrong kind is an option's value (`options.dueSoonDays: 'x'`,
 * `options.spoor2: 5`): then it is an invalid option, as core says. The options object itself,
 * and the list of non-working days and its dates inside an option, are fields like any other.
 */
const isOptionValue = (raw: Extract<RawIssue, { code: 'invalid_type' }>): boolean =>
  raw.path?.[0] === 'options' &&
  raw.path.length > 1 &&
  raw.expected !== 'array' &&
  raw.expected !== 'string';

/**
 * Reads a raw zod issue (with its input) as one of our codes and its details. Called from the
 * error map, the only place where the input is visible; the input itself is never kept.
 *
 * @param raw - The raw issue.
 * @returns The note.
 */
export function noteOf(raw: RawIssue): IssueNote {
  const underOptions = raw.path?.[0] === 'options';
  switch (raw.code) {
    case 'invalid_type':
      if (raw.input === undefined) return { code: 'field/required' };
      if ((raw.path ?? []).length === 0 && raw.expected === 'object')
        return { code: 'field/not-object' };
      if (isOptionValue(raw)) return { code: 'option/invalid' };
      if (raw.expected === 'int' && typeof raw.input === 'number') return { code: 'field/integer' };
      return { code: 'field/type', detail: { expected: EXPECTED[raw.expected] } };
    case 'invalid_value': {
      const choices = raw.values.map((v) => String(v));
      if (underOptions) return { code: 'option/invalid', detail: { choices } };
      return {
        code: raw.input === undefined ? 'field/required' : 'field/choice',
        detail: { choices },
      };
    }
    case 'invalid_union': {
      if (raw.discriminator !== undefined && 'options' in raw && Array.isArray(raw.options)) {
        const choices = raw.options.map((v) => String(v));
        const value =
          typeof raw.input === 'object' && raw.input !== null
            ? (raw.input as Record<string, unknown>)[raw.discriminator]
            : undefined;
        return {
          code: value === undefined ? 'field/required' : 'field/choice',
          detail: { choices },
        };
      }
      return { code: 'field/type' };
    }
    case 'unrecognized_keys':
      return {
        code: underOptions ? 'option/unknown' : 'field/unknown',
        keys: raw.keys.map((k) => (isSafeName(k) ? k : '…')),
      };
    case 'too_small':
    case 'too_big': {
      const limit = Number(raw.code === 'too_small' ? raw.minimum : raw.maximum);
      const of = raw.origin === 'array' ? 'list' : raw.origin === 'string' ? 'text' : 'number';
      const code = raw.code === 'too_small' ? 'field/too-small' : 'field/too-big';
      if (underOptions) return { code: 'option/invalid' };
      if (!Number.isFinite(limit)) return { code };
      return { code, detail: raw.inclusive ? { limit, of } : { limit, of, exclusive: true } };
    }
    case 'invalid_format':
      if (raw.format === 'date')
        return {
          code:
            typeof raw.input === 'string' && DATE_TIME.test(raw.input)
              ? 'date/has-time'
              : 'date/invalid',
        };
      return { code: 'field/format' };
    case 'custom': {
      const code = raw.params?.code;
      if (typeof code === 'string' && isLocalizedText(raw.params?.message))
        return { code: code as SchemaIssueCode, message: raw.params.message };
      if (typeof code === 'string' && Object.hasOwn(INPUT_ISSUE_MESSAGES, code))
        return { code: code as InputIssueCode };
      return { code: 'field/format' };
    }
    default:
      return { code: 'field/type' };
  }
}

/**
 * Turns a note into issues in the one shape: one per unknown key (its path ending in the key),
 * else one; the message in both languages from core's table (with the details), so the same
 * problem reads as core writes it.
 *
 * @param note - The note of {@link noteOf}.
 * @param path - The issue's path.
 * @returns The issues.
 */
export function issuesOf(note: IssueNote, path: Path): Issue<SchemaIssueCode>[] {
  if (note.keys)
    return note.keys.map((key) => inputIssue(note.code as InputIssueCode, [...path, key]));
  if (note.message) return [{ code: note.code, path, message: note.message }];
  return [inputIssue(note.code as InputIssueCode, path, note.detail)];
}
