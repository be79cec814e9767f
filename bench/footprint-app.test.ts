import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseLines, showCase } from './footprint-app.mjs';

const exampleCase = readFileSync(new URL('../examples/case.json', import.meta.url), 'utf8');

// The app whose bundle the footprint benchmark measures must do what a page does, or the size
// it reports would be that of an app nobody writes.
describe('the footprint benchmark app', () => {
  it('shows every milestone of the example case and its findings', () => {
    const lines = caseLines(exampleCase, '2025-09-01');
    // Sick since 2025-01-06 (sick day 1); the probleemanalyse is due on process day 42, 16
    // February 2025, and was recorded on 14 February: done.
    expect(lines).toContain('Probleemanalyse: 2025-02-16 (done)');
    expect(lines.some((line) => line.startsWith('Einde wachttijd: '))).toBe(true);
    expect(lines.length).toBeGreaterThan(
      lines.filter((line) => /: (\d{4}-\d{2}-\d{2}|—) \(/.test(line)).length,
    );
  });

  it('shows the problems of an invalid case with their paths, in Dutch', () => {
    const lines = caseLines(
      '{"sickPeriods":[{"start":"2025-02-30"}],"diagnose":"x"}',
      '2025-09-01',
    );
    expect(lines.some((line) => line.startsWith('sickPeriods[0].start: '))).toBe(true);
    expect(lines.some((line) => line.startsWith('diagnose: Onbekend veld'))).toBe(true);
    expect(caseLines('{', '2025-09-01')).toEqual(['Het dossier is geen JSON.']);
  });

  it('puts one list item per line into the page', () => {
    const items: { textContent: string }[] = [];
    const list = {
      ownerDocument: { createElement: () => ({ textContent: '' }) },
      replaceChildren: (...children: { textContent: string }[]) => items.push(...children),
    } as unknown as Element;
    showCase(list, exampleCase, '2025-09-01');
    expect(items.map((item) => item.textContent)).toEqual(caseLines(exampleCase, '2025-09-01'));
  });
});
