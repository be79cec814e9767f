import { assessSpoor2, type Spoor2AssessOptions } from './assess-spoor2.js';
import type { Spoor2FindingCode } from './spoor2-finding-rules.js';
import type { Spoor2Trajectory } from './spoor2-trajectory.js';

/**
 * A trajectory without any finding as of {@link CLEAN_AS_OF} (2025-05-05):
 * referral 3 March, intake 10 March (7 days later), AD report 20 February, trajectplan 7 April
 * (28 days after the intake) with a persoonsprofiel, two functions, 1 application a week agreed
 * and a report every 6 weeks; activities on 24 March and 7 April; applications on 8, 15, 22 and
 * 29 April. Mediation runs from the plan (no bemiddeling phase recorded): its one complete
 * window is 7 April – 4 May and holds 4 applications (4 × 7 = 28, not fewer than 1 × 28).
 * Entry gaps: 14, 14, 1, 7, 7, 7 and 6 days to the as-of date; plan to as-of date: 28 days.
 */
export const CLEAN: Spoor2Trajectory = {
  referral: '2025-03-03',
  intake: '2025-03-10',
  adReport: { date: '2025-02-20', status: 'definitief' },
  plan: {
    date: '2025-04-07',
    persoonsprofiel: true,
    zoekprofiel: { functions: ['Receptionist', 'Administratief medewerker'] },
    applicationsPerWeek: 1,
    reportEveryWeeks: 6,
  },
  activities: [
    { date: '2025-03-24', type: 'loopbaancoaching', mode: 'op-locatie', hours: 1.5 },
    { date: '2025-04-07', type: 'loopbaancoaching', mode: 'online', hours: 1 },
  ],
  applications: [
    { date: '2025-04-08', result: 'afgewezen' },
    { date: '2025-04-15', result: 'geen-reactie' },
    { date: '2025-04-22', result: 'uitgenodigd' },
    { date: '2025-04-29', result: 'in-behandeling' },
  ],
};

/** The as-of date on which {@link CLEAN} has no finding. */
export const CLEAN_AS_OF = '2025-05-05';

/** {@link CLEAN} with some fields replaced (a field set to `undefined` is removed). */
export function trajectory(patch: Partial<Spoor2Trajectory> = {}): Spoor2Trajectory {
  return { ...CLEAN, ...patch } as Spoor2Trajectory;
}

/** The findings of one code for a trajectory. */
export function findingsOf(
  code: Spoor2FindingCode,
  spoor2: Spoor2Trajectory,
  options: Spoor2AssessOptions = {},
) {
  const a = assessSpoor2({ spoor2 }, { asOf: CLEAN_AS_OF, ...options });
  return a!.findings.filter((f) => f.code === code);
}

/** The periods of the findings of one code, as `[start, end]` pairs. */
export function periodsOf(
  code: Spoor2FindingCode,
  spoor2: Spoor2Trajectory,
  options: Spoor2AssessOptions = {},
) {
  return findingsOf(code, spoor2, options).map((f) => [f.period?.start, f.period?.end]);
}
