import { describe, expect, it } from 'vitest';
import { SPOOR2_FINDING_RULES } from '../spoor2/spoor2-finding-rules.js';
import { applicationsBinOf } from './applications-per-week-bins.js';
import { caseGroups, GROUP_VALUE_MISSING, GROUP_VALUE_SCREENED } from './case-groups.js';
import { SPOOR2_ACTIONS } from './spoor2-actions.js';
import { startTimingOf } from './start-timings.js';
import { summarizePortfolio } from './summarize-portfolio.js';
import { TIMELINESS_BY_STATUS, TIMELINESS_MEASURES } from './timeliness-measures.js';
import { weekStats } from './week-stats.js';

describe('the portfolio tables and their small readers', () => {
  it('start timing: before week 52 early, then by the latest start', () => {
    expect(startTimingOf(51, 1000, 900)).toBe('early'); // a start after the latest start, but in week 51
    expect(startTimingOf(52, 900, 900)).toBe('at-deadline');
    expect(startTimingOf(58, 901, 900)).toBe('late');
    expect(startTimingOf(60, 1000, null)).toBe('at-deadline'); // latest start not reached
  });

  it('applications a week: bins by hundredths, bounds in the upper bin', () => {
    expect([0, 99, 100, 199, 200, 299, 300, 1250].map(applicationsBinOf)).toEqual([
      'under-1',
      'under-1',
      '1-to-2',
      '1-to-2',
      '2-to-3',
      '2-to-3',
      '3-or-more',
      '3-or-more',
    ]);
  });

  it('timeliness measures read existing rules; every status has an outcome or none', () => {
    expect(TIMELINESS_MEASURES.map((m) => m.rule)).toEqual([
      'probleemanalyse',
      'plan-van-aanpak',
      'evaluatie',
      'ziekmelding-uwv',
      'eerstejaarsevaluatie',
    ]);
    expect(Object.keys(TIMELINESS_BY_STATUS)).toHaveLength(9);
  });

  it('spoor-2 actions are the findings a date makes due', () => {
    const dated = SPOOR2_FINDING_RULES.filter(
      (r) => r.test.type === 'deadline' || r.test.type === 'gaps',
    );
    expect(Object.keys(SPOOR2_ACTIONS).sort()).toEqual(dated.map((r) => r.code).sort());
  });

  it('groups: the named keys, a missing one marked, medical words never shown', () => {
    expect(caseGroups({ afdeling: 'Zorg', locatie: 'Zwolle' }, ['afdeling', 'team'])).toEqual([
      ['afdeling', 'Zorg'],
      ['team', GROUP_VALUE_MISSING],
    ]);
    expect(caseGroups({ afdeling: 'Rugklachten', diagnose: 'x' }, null)).toEqual([
      ['afdeling', GROUP_VALUE_SCREENED],
      [GROUP_VALUE_SCREENED, 'x'],
    ]);
    expect(caseGroups(undefined, null)).toEqual([]);
    // A key or value that is a property name of every object is an ordinary key here.
    const odd = JSON.parse('{ "__proto__": "constructor" }') as Record<string, string>;
    expect(caseGroups(odd, ['__proto__', 'toString'])).toEqual([
      ['__proto__', 'constructor'],
      ['toString', GROUP_VALUE_MISSING],
    ]);
    const s = summarizePortfolio([{ groups: odd, sickPeriods: [{ start: '2025-01-06' }] }], {
      asOf: '2025-09-01',
    });
    expect(Object.hasOwn(s.byGroup, '__proto__')).toBe(true);
    const values = Object.getOwnPropertyDescriptor(s.byGroup, '__proto__')?.value;
    expect(Object.getOwnPropertyDescriptor(values, 'constructor')?.value.cases).toBe(1);
    expect(Object.getPrototypeOf(s.byGroup)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('week statistics: count, mean and lower median', () => {
    expect(weekStats({ '50': 1, '52': 2, '60': 1 })).toEqual({ count: 4, mean: 53.5, median: 52 });
    expect(weekStats({ '-3': 1, '4': 1 })).toEqual({ count: 2, mean: 0.5, median: -3 });
    expect(weekStats({})).toEqual({ count: 0, mean: null, median: null });
  });
});
