import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BatchResult, batch, summaryLines } from './batch.js';

const example = (path: string) => new URL(`../../${path}`, import.meta.url).pathname;

describe('the batch script', () => {
  const dir = mkdtempSync(join(tmpdir(), 'batch-script-'));
  const cases = join(dir, 'dossiers');
  const out = join(dir, 'out');
  let results: BatchResult[];

  beforeAll(async () => {
    mkdirSync(cases);
    copyFileSync(example('examples/case.json'), join(cases, 'a-logistiek.json'));
    copyFileSync(example('fixtures/cases/hersteld.json'), join(cases, 'b-hersteld.json'));
    writeFileSync(
      join(cases, 'c-ongeldig.json'),
      JSON.stringify({ sickPeriods: [{ start: '2025-02-30' }] }),
    );
    writeFileSync(join(cases, 'notities.txt'), 'geen dossier');
    results = await batch(cases, out, '2025-09-01');
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives one result per case file, in name order', () => {
    expect(results.map((r) => r.file)).toEqual([
      'a-logistiek.json',
      'b-hersteld.json',
      'c-ongeldig.json',
    ]);
  });

  it('summarises a valid case: phase, findings and the next open deadline', () => {
    // Evaluation 3 was due 22 July 2025 and is not recorded; evaluation 4 follows 42 sick days
    // later, on 2 September 2025: within 14 days of the as-of date, so "binnenkort".
    expect(results[0]).toMatchObject({
      ref: 'HR-2025-0042',
      phase: 'jaar-1',
      errors: 1,
      next: 'Evaluatie plan van aanpak 4: 2 september 2025 (binnenkort)',
    });
    // Recovered on 19 April 2025: every later deadline is not reached, so there is none next.
    expect(results[1]).toMatchObject({ ref: 'b-hersteld', phase: 'hersteld', next: null });
  });

  it('writes a dossieroverzicht with its timeline picture for each valid case, none for an invalid one', () => {
    const files = unzipSync(readFileSync(join(out, 'a-logistiek.docx')));
    expect(strFromU8(files['word/document.xml']!)).toContain('Dossieroverzicht');
    const media = Object.keys(files).filter((f) => f.startsWith('word/media/'));
    expect(media.map((f) => f.slice(f.lastIndexOf('.'))).sort()).toEqual(['.png', '.svg']);
    expect(existsSync(join(out, 'b-hersteld.docx'))).toBe(true);
    expect(existsSync(join(out, 'c-ongeldig.docx'))).toBe(false);
  });

  it('lists an invalid file with its problems by field path', () => {
    expect(results[2]).toMatchObject({
      issues: [
        expect.objectContaining({ code: 'date/invalid', path: ['sickPeriods', 0, 'start'] }),
      ],
    });
    const lines = summaryLines(results);
    expect(lines.at(-2)).toBe('c-ongeldig.json: geen geldig dossier');
    expect(lines.at(-1)).toBe(
      '    sickPeriods[0].start: Dit is geen bestaande datum in de vorm JJJJ-MM-DD.',
    );
  });
});
