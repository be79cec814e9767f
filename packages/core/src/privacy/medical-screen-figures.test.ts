import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMedicalTerms } from './find-medical-terms.js';
import { MEDICAL_TERMS } from './medical-terms.js';

// The figures of the privacy screen, measured on three corpora and printed:
// - false positives over every string of the fixtures and examples (target 0),
// - false positives over the functional phrases beside this test (target 0, at least 200),
// - catches over the medical phrases beside this test (target ≥ 95%, at least 100).

const here = new URL('./', import.meta.url);
const root = new URL('../../../../', import.meta.url);

const corpus = (name: string): string[] =>
  readFileSync(new URL(name, here), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));

// Names of people, organisations and jobs are not the employee's health data and are not
// screened (a spoor-2 application to "Huisartsenpost Midden" as "Baliemedewerker polikliniek").
const NOT_SCREENED = new Set([
  'name',
  'organisation',
  'address',
  'employer',
  'function',
  'functions',
  'sectors',
]);

function strings(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, out);
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) if (!NOT_SCREENED.has(key)) strings(item, out);
  return out;
}

const fixtureStrings = ['fixtures/dossier/', 'fixtures/cases/', 'examples/'].flatMap((dir) =>
  readdirSync(new URL(dir, root))
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) =>
      strings(JSON.parse(readFileSync(new URL(`${dir}${file}`, root), 'utf8')), []),
    ),
);
const functional = corpus('functional-phrases.corpus.txt');
const medical = corpus('medical-phrases.corpus.txt');

const tripped = (texts: string[]) => texts.filter((text) => findMedicalTerms(text).length > 0);
const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`;

describe('the medical-term screen, measured', () => {
  const fixtureHits = tripped(fixtureStrings);
  const functionalHits = tripped(functional);
  const caught = tripped(medical);
  const missed = medical.filter((text) => !caught.includes(text));
  const terms = MEDICAL_TERMS.reduce((sum, row) => sum + row.terms.length, 0);

  console.log(
    [
      `medical-term screen: ${terms} terms in ${MEDICAL_TERMS.length} classes`,
      `  fixture strings:    ${fixtureHits.length} false positives of ${fixtureStrings.length}`,
      `  functional phrases: ${functionalHits.length} false positives of ${functional.length}`,
      `  medical phrases:    ${caught.length} caught of ${medical.length} (${percent(caught.length, medical.length)})`,
      ...missed.map((text) => `    missed: ${text}`),
    ].join('\n'),
  );

  it('has corpora of the agreed size', () => {
    expect(functional.length).toBeGreaterThanOrEqual(200);
    expect(medical.length).toBeGreaterThanOrEqual(100);
    expect(fixtureStrings.length).toBeGreaterThan(500);
  });

  it('trips on no string of the fixtures and examples', () => {
    expect(fixtureHits).toEqual([]);
  });

  it('trips on no functional phrase', () => {
    expect(functionalHits).toEqual([]);
  });

  it('catches at least 95% of the medical phrases', () => {
    expect(caught.length / medical.length).toBeGreaterThanOrEqual(0.95);
  });
});
