import { readFileSync } from 'node:fs';
import { assessSpoor2 } from '@poortwachter/core';
import { describe, expect, it } from 'vitest';
import { parseCase } from './parse-case.js';

const parsed = parseCase(
  JSON.parse(
    readFileSync(new URL('../../../../fixtures/dossier/case.json', import.meta.url), 'utf8'),
  ),
);
const dossier = () => {
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return parsed.data;
};

describe('the trajectory of the example dossier (fixtures/dossier/case.json)', () => {
  it('is a valid case file with a log of 25 activities and 41 applications', () => {
    expect(parsed.success).toBe(true);
    expect([dossier().spoor2?.activities?.length, dossier().spoor2?.applications?.length]).toEqual([
      25, 41,
    ]);
  });

  it('agrees with its spoor-2 documents: referral, intake, plan, reports and the eindrapportage totals', () => {
    const t = dossier().spoor2!;
    // 04-spoor-2-trajectplan.json, 05-spoor-2-voortgang.json, 06-spoor-2-eindrapportage.json.
    expect([t.referral, t.intake, t.plan?.date, t.end]).toEqual([
      '2025-01-28',
      '2025-02-17',
      '2025-03-03',
      '2025-09-26',
    ]);
    expect(t.reports?.filter((r) => r.kind === 'voortgang').map((r) => r.date)).toEqual([
      '2025-04-14',
      '2025-05-26',
      '2025-07-07',
      '2025-08-18',
    ]);
    const f = assessSpoor2(dossier(), { asOf: '2025-10-01' })!.figures;
    expect([f.applications.total, f.applications.interviews]).toEqual([41, 6]);
  });

  it('is assessed as of 1 October 2025, after its end', () => {
    // Intake 17 February → end 26 September: 11 + 31 + 30 + 31 + 30 + 31 + 31 + 26 = 221 days.
    // Mediation 1 May → 26 September: 148 days holding 38 applications: 38 × 7 ÷ 148 = 1.80.
    // Hours: on location 27, at home 5, online 18 of 50: online share 0.36.
    const a = assessSpoor2(dossier(), { asOf: '2025-10-01' })!;
    expect(a.phase).toBe('afgerond');
    expect(a.figures).toMatchObject({
      daysInTrajectory: 221,
      applicationsPerWeek: 1.8,
      hours: { total: 50, byMode: { 'op-locatie': 27, thuis: 5, online: 18 } },
      onlineShare: 0.36,
      reports: { trajectplan: 1, voortgang: 4, eind: 1 },
      nextReportDue: null,
      outcome: 'geen',
      daysToOutcome: 221,
    });
    // Referral 28 January → intake 17 February: 20 days > 14. Windows of 28 days from 1 May at
    // 2 a week (agreed in the plan): 8 needed; 26 June – 23 July (the summer) holds 5.
    expect(a.findings.map((f) => [f.code, f.period])).toEqual([
      ['spoor-2/intake-late', { start: '2025-01-28', end: '2025-02-17' }],
      ['spoor-2/few-applications', { start: '2025-06-26', end: '2025-07-23' }],
    ]);
  });

  it('is in bemiddeling on 20 June 2025, with the next report due 6 weeks after the second', () => {
    // Reporting points 3 March, 14 April, 26 May: + 42 days = 7 July.
    const a = assessSpoor2(dossier(), { asOf: '2025-06-20' })!;
    expect([a.phase, a.figures.nextReportDue]).toEqual([
      'bemiddeling-en-sollicitatie',
      '2025-07-07',
    ]);
  });
});
