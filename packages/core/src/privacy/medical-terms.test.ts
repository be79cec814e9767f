import { describe, expect, it } from 'vitest';
import { foldedWords } from './folded-words.js';
import { BODY_PARTS, MEDICAL_TERMS } from './medical-terms.js';
import { NON_MEDICAL_PHRASES } from './non-medical-phrases.js';

/** A term as the matcher reads it: its notation mark and its folded words. */
const folded = (term: string) =>
  `${/^[*+]/.test(term) ? term[0] : ''}${foldedWords(term.replace(/^[*+]/, ''))
    .map((w) => w.key)
    .join(' ')}`;

describe('MEDICAL_TERMS', () => {
  it('has six classes, each with a label, a Beleidsregels category and its source', () => {
    expect(MEDICAL_TERMS.map((row) => row.id)).toEqual([
      'diagnosis',
      'nature-or-cause',
      'complaint',
      'medication',
      'treatment',
      'treating-physician',
    ]);
    for (const row of MEDICAL_TERMS) {
      expect(row.label.nl).not.toBe('');
      expect(row.label.en).not.toBe('');
      expect(row.category).not.toBe('');
      expect(row.source).toContain('BWBR0037896');
    }
  });

  it('holds a few hundred terms, each once, in one class only', () => {
    const all = MEDICAL_TERMS.flatMap((row) => row.terms.map(folded));
    expect(all.length).toBeGreaterThanOrEqual(300);
    const twice = all.filter((term, i) => all.indexOf(term) !== i);
    expect(twice).toEqual([]);
  });

  it('writes every term with letters or digits, so that none is silently empty', () => {
    for (const row of MEDICAL_TERMS)
      for (const term of row.terms) expect(folded(term).replace(/^[*+]/, '')).not.toBe('');
    for (const word of [...BODY_PARTS, ...NON_MEDICAL_PHRASES]) expect(folded(word)).not.toBe('');
  });

  it('leaves the functional words and the company doctor out', () => {
    const all = new Set(MEDICAL_TERMS.flatMap((row) => row.terms.map(folded)));
    for (const word of [
      'bedrijfsarts',
      'verzekeringsarts',
      'beperking',
      'belastbaarheid',
      'herstel',
      'ziekte',
      'ziek',
      'medisch',
      'behandeling',
      'opname',
      'ziekenhuis',
      'specialist',
    ])
      expect(all.has(word)).toBe(false);
  });
});
