import { describe, expect, it } from 'vitest';
import { GROUP_VALUE_SCREENED } from './case-groups.js';
import { cellValue, type PortfolioCell } from './portfolio-cell.js';
import { createPortfolioTracer } from './portfolio-tracer.js';
import { summarizePortfolio } from './summarize-portfolio.js';
import { HAND_MADE, HAND_MADE_AS_OF } from './test-helpers.js';
import { tracePortfolio } from './trace-portfolio.js';

const options = { asOf: HAND_MADE_AS_OF, groupBy: ['afdeling'] };
const summary = summarizePortfolio(HAND_MADE, options);
const trace = (cell: PortfolioCell) =>
  tracePortfolio(HAND_MADE, cell, options).map((h) => `${h.ref}:${h.value}`);

/** Every cell of a tree of counts, as paths. */
function cells(node: unknown, path: string[] = []): string[][] {
  if (typeof node === 'number') return [path];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) =>
    cells(v, [...path, k]),
  );
}

describe('tracePortfolio on the hand-made portfolio (test-helpers.ts)', () => {
  it('names the cases behind a count, with what each adds', () => {
    expect(trace(['total', 'phases', 'jaar-2'])).toEqual(['PF-3:1', 'PF-6:1', 'PF-7:1']);
    // Overdue evaluations: PF-3 6, PF-4 16, PF-5 14, PF-6 10, PF-7 6 = 52.
    expect(trace(['total', 'statuses', 'evaluatie', 'overdue'])).toEqual([
      'PF-3:6',
      'PF-4:16',
      'PF-5:14',
      'PF-6:10',
      'PF-7:6',
    ]);
    expect(trace(['total', 'timeliness', 'ziekmelding-uwv', 'late-with-motivation'])).toEqual([
      'PF-7:1',
    ]);
    expect(trace(['total', 'spoor2', 'hours', 'byModeHundredths', 'online'])).toEqual(['PF-3:550']);
    expect(trace(['total', 'findings', 'casesByCode', 'spoor-2/plan-late'])).toEqual(['PF-7:1']);
    expect(trace(['total', 'spoor2', 'outcomeByStartTiming', 'late', 'plaatsing'])).toEqual([
      'PF-5:1',
    ]);
  });

  it('traces cells of a month, of a group and the invalid cases', () => {
    expect(trace(['byMonth', '2024-09', 'spoor2', 'startTiming', 'early'])).toEqual(['PF-7:1']);
    expect(trace(['byGroup', 'afdeling', GROUP_VALUE_SCREENED, 'cases'])).toEqual(['PF-6:1']);
    expect(trace(['byGroup', 'afdeling', 'Zorg', 'spoor2', 'trajectories'])).toEqual([
      'PF-3:1',
      'PF-5:1',
      'PF-7:1',
    ]);
    expect(tracePortfolio(HAND_MADE, ['invalid'], options)).toEqual([
      { ref: 'PF-8', index: 7, value: 1 },
    ]);
    expect(trace(['byMonth', '1999-01', 'cases'])).toEqual([]);
  });

  it('adds up to every cell of the summary', () => {
    const all = [
      ...cells(summary.total, ['total']),
      ...cells(summary.byGroup.afdeling!.Zorg, ['byGroup', 'afdeling', 'Zorg']),
      ['invalid'],
    ];
    expect(all.length).toBeGreaterThan(400);
    for (const cell of all) {
      const sum = tracePortfolio(HAND_MADE, cell, options).reduce((n, h) => n + h.value, 0);
      expect(sum, cell.join('.')).toBe(cellValue(summary, cell));
    }
  });

  it('takes cases one at a time, with the caller’s references', () => {
    const tracer = createPortfolioTracer(['total', 'spoor2Status', 'vereist'], options);
    for (const [i, c] of HAND_MADE.entries()) tracer.add(c, `file-${i + 1}.json`);
    expect(tracer.hits()).toEqual([
      { ref: 'file-1.json', index: 0, value: 1 },
      { ref: 'file-6.json', index: 5, value: 1 },
    ]);
  });
});

describe('cellValue and the cell addresses', () => {
  it('reads a cell, 0 for a month, group or code the summary lacks', () => {
    expect(cellValue(summary, ['total', 'phases', 'hersteld'])).toBe(2);
    expect(cellValue(summary, ['invalid'])).toBe(1);
    expect(cellValue(summary, ['total', 'findings', 'byCode', 'evaluatie-16/overdue'])).toBe(1);
    expect(cellValue(summary, ['total', 'spoor2', 'startWeek', '53'])).toBe(1);
    expect(cellValue(summary, ['total', 'spoor2', 'startWeek', '54'])).toBe(0);
    expect(cellValue(summary, ['byMonth', '2031-01', 'cases'])).toBe(0);
    expect(cellValue(summary, ['byGroup', 'locatie', 'Utrecht', 'cases'])).toBe(0);
  });

  it('rejects an address no summary has, at the first wrong key', () => {
    const wrong = (cell: string[], at: number) =>
      expect(() => cellValue(summary, cell), cell.join('.')).toThrow(
        expect.objectContaining({
          issues: [expect.objectContaining({ code: 'portfolio/unknown-cell', path: ['cell', at] })],
        }),
      );
    wrong(['totaal', 'cases'], 0);
    wrong(['total', 'phasse', 'jaar-1'], 1);
    wrong(['total', 'phases'], 2); // a record, not a count
    wrong(['total', 'cases', 'x'], 2);
    wrong(['total', 'findings', 'byCode'], 3);
    wrong(['total', 'findings', 'byCode', 'x', 'y'], 4);
    wrong(['total', 'statuses', 'evaluatie', 'late'], 3);
    wrong(['byGroup', 'afdeling'], 2);
    wrong(['invalid', 'x'], 1);
    expect(() => tracePortfolio(HAND_MADE, ['total', 'toString'], options)).toThrow(/cell/);
  });
});
