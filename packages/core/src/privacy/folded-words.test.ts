import { describe, expect, it } from 'vitest';
import { foldedWords } from './folded-words.js';

const keys = (text: string) => foldedWords(text).map((w) => w.key);

describe('foldedWords', () => {
  it('splits on everything but letters, digits and a joining hyphen, with offsets', () => {
    expect(foldedWords('Rug-operatie; chemo’s')).toEqual([
      { key: 'rugoperatie', start: 0, end: 12 },
      { key: 'chemo', start: 14, end: 19 },
      { key: 's', start: 20, end: 21 },
    ]);
    expect(keys("cv's / L4-L5, 2e")).toEqual(['cv', 's', 'l4l5', '2e']);
    expect(foldedWords('')).toEqual([]);
    expect(foldedWords(' .,;')).toEqual([]);
  });

  it('joins parts only across a single hyphen between them', () => {
    expect(keys('KNO-arts')).toEqual(['knoarts']);
    expect(keys('KNO\u2010arts KNO\u2011arts')).toEqual(['knoarts', 'knoarts']); // hyphen, non-breaking hyphen
    expect(keys('a--b')).toEqual(['a', 'b']);
    expect(keys('a–b')).toEqual(['a', 'b']); // an en dash separates
    expect(keys('a- b')).toEqual(['a', 'b']);
    // A hyphen before a word or after it belongs to neither.
    expect(foldedWords('-rug-')).toEqual([{ key: 'rug', start: 1, end: 4 }]);
  });

  it('drops case and diacritics, and unfolds ligatures', () => {
    expect(foldedWords('Suïcidaal')).toEqual([{ key: 'suicidaal', start: 0, end: 9 }]);
    expect(keys('ĲSSEL Ærø')).toEqual(['ijssel', 'ærø']);
    expect(foldedWords('ﬁets')).toEqual([{ key: 'fiets', start: 0, end: 4 }]);
  });

  it('keeps a combining mark with its letter and counts offsets in UTF-16 code units', () => {
    // "Cafe" + U+0301 (combining acute): one word of 5 code units.
    expect(foldedWords('Cafe\u0301 x')).toEqual([
      { key: 'cafe', start: 0, end: 5 },
      { key: 'x', start: 6, end: 7 },
    ]);
    // A mathematical bold A (U+1D400) is two code units and folds to "a".
    expect(foldedWords('\u{1D400}b c')).toEqual([
      { key: 'ab', start: 0, end: 3 },
      { key: 'c', start: 4, end: 5 },
    ]);
  });
});
