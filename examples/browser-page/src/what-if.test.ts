import { readFileSync } from 'node:fs';
import { parseCase } from '@poortwachter/schema';
import { describe, expect, it } from 'vitest';
import { runWhatIf } from './what-if.js';

const parsed = parseCase(
  JSON.parse(readFileSync(new URL('../../case.json', import.meta.url), 'utf8')),
);
if (!parsed.success) throw new Error('examples/case.json is a valid case');
// Sick 6 January – 1 March 2025, recovered 2 – 19 March, sick again from 20 March (sick day 56);
// sick day n falls on 20 March + (n − 56).
const exampleCase = parsed.data;
const AS_OF = '2025-09-01';

const shift = (result: ReturnType<typeof runWhatIf>, id: string) =>
  result.ok ? result.shifts.find((s) => s.id === id) : undefined;

describe('runWhatIf', () => {
  it('a pause of 14 days moves every deadline after it by 14 days, and none before it', () => {
    // Recovered on 1 May (last sick day 30 April), sick again on 15 May: the 14 days 1 – 14 May
    // do not count. Sick day 406 was 20 March + 350 = 5 March 2026 and becomes 19 March 2026;
    // sick day 728 was 21 January 2027 and becomes 4 February 2027.
    const result = runWhatIf(
      exampleCase,
      { recoveredOn: '2025-05-01', sickAgainOn: '2025-05-15' },
      AS_OF,
    );
    expect(result.ok && result.note).toBeNull();
    expect(shift(result, 'start-spoor-2')).toMatchObject({
      before: '2026-03-05',
      after: '2026-03-19',
      days: 14,
      text: '14 dagen later',
    });
    expect(shift(result, 'einde-wachttijd')).toMatchObject({
      before: '2027-01-21',
      after: '2027-02-04',
    });
    // Sick day 294 was Thursday 13 November, the UWV report due Friday 14 November; now sick day
    // 294 is Thursday 27 November and the report is due Friday 28 November.
    expect(shift(result, 'ziekmelding-uwv')).toMatchObject({ after: '2025-11-28', days: 14 });
    // The probleemanalyse (sick day 42, 16 February) lies before the pause.
    expect(shift(result, 'probleemanalyse')).toMatchObject({ days: 0, text: 'gelijk' });
  });

  it('recovery alone: the deadlines after it are no longer reached', () => {
    const result = runWhatIf(exampleCase, { recoveredOn: '2025-05-01', sickAgainOn: null }, AS_OF);
    expect(shift(result, 'einde-wachttijd')).toMatchObject({
      before: '2027-01-21',
      after: null,
      text: 'vervalt: niet meer bereikt',
    });
    expect(shift(result, 'probleemanalyse')?.text).toBe('gelijk');
  });

  it('a pause of four weeks or more starts a new chain: everything counts from the new first sick day', () => {
    // Recovered 1 May, sick again 1 June: 31 days in between, not added together. The new
    // probleemanalyse is due on sick day 42 = 1 June + 41 = 12 July 2025.
    const result = runWhatIf(
      exampleCase,
      { recoveredOn: '2025-05-01', sickAgainOn: '2025-06-01' },
      AS_OF,
    );
    expect(result.ok && result.note).toMatch(/^De eerste ziektedag wordt 1 juni 2025/);
    expect(shift(result, 'probleemanalyse')).toMatchObject({
      after: '2025-07-12',
      text: '146 dagen later',
    });
  });

  it('says why a scenario does not fit the case', () => {
    const problem = (recoveredOn: string | null, sickAgainOn: string | null) => {
      const result = runWhatIf(exampleCase, { recoveredOn, sickAgainOn }, AS_OF);
      return result.ok ? null : result.problem;
    };
    expect(problem(null, null)).toMatch(/^Kies een dag/);
    // 10 March lies in the recovery between the two periods.
    expect(problem('2025-03-10', null)).toMatch(/^Op 9 maart 2025 was de werknemer niet ziek/);
    // Still sick on 1 September: the sickness cannot start again without a recovery first.
    expect(problem(null, '2025-09-01')).toMatch(
      /^De ziekte kan alleen weer beginnen na de laatste ziektedag/,
    );
    expect(problem('2025-05-01', '2025-04-01')).toBe(
      'De ziekte kan pas weer beginnen na de dag van herstel.',
    );
  });
});
