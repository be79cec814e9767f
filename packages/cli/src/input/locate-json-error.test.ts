import { describe, expect, it } from 'vitest';
import { locateJsonError } from './locate-json-error.js';

describe('locateJsonError', () => {
  it.each([
    ['{"a": }', { line: 1, column: 7, atEnd: false }],
    ['{"a": 1,}', { line: 1, column: 9, atEnd: false }],
    ['{\n  "a": 1\n  "b": 2\n}', { line: 3, column: 3, atEnd: false }],
    ['{"a": tru}', { line: 1, column: 7, atEnd: false }],
    ['{"a": "x', { line: 1, column: 9, atEnd: true }],
    ['{"a": "\\x"}', { line: 1, column: 9, atEnd: false }],
    ['{"a": "\\u12G4"}', { line: 1, column: 10, atEnd: false }],
    ['{"a": "tab\there"}', { line: 1, column: 11, atEnd: false }],
    ['[1 2]', { line: 1, column: 4, atEnd: false }],
    ['{"a": 01}', { line: 1, column: 8, atEnd: false }],
    ['{} {}', { line: 1, column: 4, atEnd: false }],
    ["{'a': 1}", { line: 1, column: 2, atEnd: false }],
    ['', { line: 1, column: 1, atEnd: true }],
  ])('%j', (text, expected) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(locateJsonError(text)).toEqual(expected);
  });

  it.each([
    '{}',
    '[]',
    '{"a": [1, -2.5e3, true, false, null, "\\"\\u00e9\\n"]}',
    ' \n{ "b" : { } } \n',
  ])('returns null for valid JSON %j', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(locateJsonError(text)).toBeNull();
  });
});
