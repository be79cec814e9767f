import { describe, expect, it } from 'vitest';
import { INPUT_ISSUE_MESSAGES } from './input-issue-codes.js';
import { inputIssue } from './input-issue-detail.js';

/** The message of `code` with a second sentence, in both languages. */
const withDetail = (code: keyof typeof INPUT_ISSUE_MESSAGES, nl: string, en: string) => ({
  nl: `${INPUT_ISSUE_MESSAGES[code].nl} ${nl}`,
  en: `${INPUT_ISSUE_MESSAGES[code].en} ${en}`,
});

describe('inputIssue', () => {
  it("gives the code's own message without a detail, and the path as given", () => {
    expect(inputIssue('period/overlap', ['sickPeriods', 1])).toEqual({
      code: 'period/overlap',
      path: ['sickPeriods', 1],
      message: INPUT_ISSUE_MESSAGES['period/overlap'],
    });
    expect(inputIssue('field/required', ['x'], {}).message).toEqual(
      INPUT_ISSUE_MESSAGES['field/required'],
    );
  });

  it('adds the values to choose from', () => {
    expect(inputIssue('option/invalid', ['options', 'x'], { choices: ['a', 'b'] }).message).toEqual(
      withDetail('option/invalid', 'Kies één van: a, b.', 'Choose one of: a, b.'),
    );
    expect(inputIssue('field/choice', [], { choices: [] }).message).toEqual(
      INPUT_ISSUE_MESSAGES['field/choice'],
    );
  });

  it('adds a limit: inclusive or exclusive for a number, counted for a list or a text', () => {
    const detail = (code: 'field/too-small' | 'field/too-big', d: object) =>
      inputIssue(code, [], d).message;
    expect(detail('field/too-small', { limit: 1 })).toEqual(
      withDetail('field/too-small', 'Minstens 1.', 'At least 1.'),
    );
    expect(detail('field/too-big', { limit: 52, of: 'number' })).toEqual(
      withDetail('field/too-big', 'Hoogstens 52.', 'At most 52.'),
    );
    // z.number().positive(): 0 itself is too small, so "at least 0" would be wrong.
    expect(detail('field/too-small', { limit: 0, exclusive: true })).toEqual(
      withDetail('field/too-small', 'Meer dan 0.', 'More than 0.'),
    );
    expect(detail('field/too-big', { limit: 10, exclusive: true })).toEqual(
      withDetail('field/too-big', 'Minder dan 10.', 'Less than 10.'),
    );
    expect(detail('field/too-small', { limit: 1, of: 'list' })).toEqual(
      withDetail('field/too-small', 'Minstens 1 element.', 'At least 1 item.'),
    );
    expect(detail('field/too-big', { limit: 2, of: 'list' })).toEqual(
      withDetail('field/too-big', 'Hoogstens 2 elementen.', 'At most 2 items.'),
    );
    expect(detail('field/too-big', { limit: 1, of: 'text' })).toEqual(
      withDetail('field/too-big', 'Hoogstens 1 teken.', 'At most 1 character.'),
    );
    expect(detail('field/too-small', { limit: 3, of: 'text' })).toEqual(
      withDetail('field/too-small', 'Minstens 3 tekens.', 'At least 3 characters.'),
    );
  });

  it('names the kind of value expected, for a value of the wrong kind only', () => {
    const expected = [
      ['text', 'tekst', 'text'],
      ['number', 'een getal', 'a number'],
      ['boolean', 'true of false', 'true or false'],
      ['object', 'een object { … }', 'an object { … }'],
      ['list', 'een lijst [ … ]', 'a list [ … ]'],
    ] as const;
    for (const [kind, nl, en] of expected)
      expect(inputIssue('field/type', ['a'], { expected: kind }).message).toEqual(
        withDetail('field/type', `Verwacht: ${nl}.`, `Expected: ${en}.`),
      );
    expect(inputIssue('field/required', ['a'], { expected: 'text' }).message).toEqual(
      INPUT_ISSUE_MESSAGES['field/required'],
    );
    expect(inputIssue('field/choice', ['a'], { limit: 3 }).message).toEqual(
      INPUT_ISSUE_MESSAGES['field/choice'],
    );
  });
});

describe('INPUT_ISSUE_MESSAGES', () => {
  it('has a Dutch and a different English sentence for every code, without placeholders', () => {
    for (const [code, text] of Object.entries(INPUT_ISSUE_MESSAGES)) {
      expect(text.nl, code).toMatch(/^[A-Z].*[.)]$/);
      expect(text.en, code).toMatch(/^[A-Z].*[.)]$/);
      expect(text.nl, code).not.toBe(text.en);
      expect(`${text.nl}${text.en}`, code).not.toMatch(/\$\{|undefined|\{\d\}/);
    }
  });
});
