import {
  assessSpoor2,
  INPUT_ISSUE_MESSAGES,
  pathText,
  SPOOR2_APPLICATION_CHANNELS,
  SPOOR2_APPLICATION_RESULTS,
  SPOOR2_FIELDS,
  type Spoor2Trajectory,
} from '@poortwachter/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { parseWith } from '../messages/parse-with.js';
import { caseJsonSchema } from './case-json-schema.js';
import { type Case, caseSchema } from './case-schema.js';
import { parseCase } from './parse-case.js';
import { spoor2LogApplicationSchema } from './spoor2-log-application-schema.js';
import { spoor2Schema } from './spoor2-schema.js';

/** The `spoor2` section of {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#6-spoor-2 | docs/contract.md §6}, as written there. */
const contractSection = () => ({
  provider: {
    name: 'Voorbeeld Re-integratie B.V.',
    adviser: { name: 'Sem Bakker', function: 'Loopbaanadviseur' },
  },
  referral: '2025-02-10',
  intake: '2025-02-17',
  adReport: { date: '2025-01-20', status: 'definitief' },
  capacityDate: '2025-01-10',
  plan: {
    date: '2025-03-14',
    goal: 'Passend werk buiten de eigen organisatie, 24 uur',
    persoonsprofiel: true,
    zoekprofiel: {
      functions: ['Administratief medewerker', 'Receptionist'],
      sectors: ['Zorg', 'Overheid'],
      maxTravelMinutes: 45,
      hoursPerWeek: 24,
    },
    applicationsPerWeek: 2,
    reportEveryWeeks: 6,
    plannedEnd: '2025-12-31',
  },
  phases: [
    { phase: 'intake', start: '2025-02-17', end: '2025-02-28' },
    { phase: 'bemiddeling-en-sollicitatie', start: '2025-05-01' },
  ],
  activities: [
    {
      date: '2025-03-04',
      type: 'loopbaancoaching',
      mode: 'online',
      hours: 1.5,
      goal: 'Interesses en waarden in kaart',
      result: 'Drie richtingen gekozen',
    },
  ],
  applications: [
    {
      date: '2025-05-02',
      employer: 'Gemeente Utrecht',
      function: 'Receptionist',
      channel: 'vacaturesite',
      result: 'afgewezen',
    },
  ],
  reports: [{ kind: 'voortgang', number: 1, date: '2025-04-25' }],
  outcome: { kind: 'geen', date: null },
  end: null,
});

const withSpoor2 = (spoor2: unknown) => ({ sickPeriods: [{ start: '2024-01-08' }], spoor2 });
const problems = (spoor2: unknown) => {
  const result = parseWith(caseSchema, withSpoor2(spoor2));
  return result.success ? [] : result.issues.map((i) => [pathText(i.path ?? []), i.code]);
};

describe('spoor2Schema', () => {
  it("accepts the section of contract §6 unchanged, and fits core's Spoor2Trajectory", () => {
    expect(spoor2Schema.parse(contractSection())).toEqual(contractSection());
    expectTypeOf<z.infer<typeof spoor2Schema>>().toExtend<Spoor2Trajectory>();
    expectTypeOf<Case>().toExtend<{ spoor2?: Spoor2Trajectory | null | undefined }>();
    const parsed = parseCase(withSpoor2(contractSection()));
    expect(parsed.success && assessSpoor2(parsed.data, { asOf: '2025-06-20' })?.phase).toBe(
      'bemiddeling-en-sollicitatie',
    );
  });

  it("uses core's channels and results for applications", () => {
    const log = spoor2LogApplicationSchema.shape;
    expect(log.channel.unwrap().options).toEqual([...SPOOR2_APPLICATION_CHANNELS]);
    expect(log.result.options).toEqual([...SPOOR2_APPLICATION_RESULTS]);
  });

  it('needs only a referral', () => {
    expect(problems({ referral: '2025-02-10' })).toEqual([]);
    expect(problems({})).toEqual([['spoor2.referral', 'field/required']]);
    expect(problems(5)).toEqual([['spoor2', 'field/type']]);
  });

  it('has no key that could hold medical detail', () => {
    const keys = JSON.stringify(SPOOR2_FIELDS);
    expect(keys).not.toMatch(/diagnos|medic|medisch|klacht|behandel|ziekte|beperking/i);
  });

  it('rejects an unknown key in every object of the section', () => {
    const places: [string, (s: ReturnType<typeof contractSection>) => object][] = [
      ['spoor2', (s) => s],
      ['spoor2.provider', (s) => s.provider],
      ['spoor2.provider.adviser', (s) => s.provider.adviser],
      ['spoor2.adReport', (s) => s.adReport],
      ['spoor2.plan', (s) => s.plan],
      ['spoor2.plan.zoekprofiel', (s) => s.plan.zoekprofiel],
      ['spoor2.phases[0]', (s) => s.phases[0]!],
      ['spoor2.activities[0]', (s) => s.activities[0]!],
      ['spoor2.applications[0]', (s) => s.applications[0]!],
      ['spoor2.reports[0]', (s) => s.reports[0]!],
      ['spoor2.outcome', (s) => s.outcome],
    ];
    for (const [path, at] of places) {
      const section = contractSection();
      Object.assign(at(section), { diagnose: 'x' });
      expect(problems(section), path).toEqual([[`${path}.diagnose`, 'field/unknown']]);
    }
  });

  it('rejects impossible dates, unknown values and numbers out of range, with their paths', () => {
    const s = contractSection();
    s.intake = '2025-02-30';
    s.phases[1]!.phase = 'werving';
    s.activities[0]!.mode = 'telefonisch';
    s.activities[0]!.hours = -1;
    s.applications[0]!.result = 'misschien';
    s.reports[0]!.number = 0;
    s.plan.reportEveryWeeks = 0;
    s.plan.applicationsPerWeek = -1;
    s.adReport.status = 'voorlopig';
    expect(problems(s)).toEqual([
      ['spoor2.intake', 'date/invalid'],
      ['spoor2.adReport.status', 'field/choice'],
      ['spoor2.plan.applicationsPerWeek', 'field/too-small'],
      ['spoor2.plan.reportEveryWeeks', 'field/too-small'],
      ['spoor2.phases[1].phase', 'field/choice'],
      ['spoor2.activities[0].mode', 'field/choice'],
      ['spoor2.activities[0].hours', 'field/too-small'],
      ['spoor2.applications[0].result', 'field/choice'],
      ['spoor2.reports[0].number', 'field/too-small'],
    ]);
  });

  it('checks referral ≤ intake ≤ plan across fields', () => {
    expect(problems({ ...contractSection(), intake: '2025-02-09' })).toEqual([
      ['spoor2.intake', 'spoor2/before-referral'],
    ]);
    const early = contractSection();
    early.plan.date = '2025-02-16';
    expect(problems(early)).toEqual([['spoor2.plan.date', 'spoor2/plan-before-intake']]);
  });

  it('checks that phases lie within the trajectory and end after they start', () => {
    const s = contractSection();
    s.end = '2025-09-30' as never;
    s.phases = [
      { phase: 'intake', start: '2025-02-09', end: '2025-02-28' },
      { phase: 'orientatie', start: '2025-03-10', end: '2025-03-09' },
      { phase: 'nazorg', start: '2025-10-01' },
      { phase: 'bemiddeling-en-sollicitatie', start: '2025-05-01', end: '2025-10-15' },
    ];
    expect(problems(s)).toEqual([
      ['spoor2.phases[0].start', 'spoor2/before-referral'],
      ['spoor2.phases[1].end', 'period/end-before-start'],
      ['spoor2.phases[2].start', 'spoor2/after-end'],
      ['spoor2.phases[3].end', 'spoor2/after-end'],
    ]);
  });

  it('checks that report numbers are unique per kind', () => {
    const s = contractSection();
    s.reports = [
      { kind: 'voortgang', number: 1, date: '2025-04-25' },
      { kind: 'eind', number: 1, date: '2025-09-26' },
      { kind: 'voortgang', number: 1, date: '2025-06-06' },
    ];
    expect(problems(s)).toEqual([['spoor2.reports[2].number', 'spoor2/report-number-duplicate']]);
  });

  it('words the checks across fields in Dutch and English, without input values', () => {
    const result = parseCase(withSpoor2({ ...contractSection(), intake: '2025-02-09' }));
    expect(result).toEqual({
      success: false,
      issues: [
        {
          code: 'spoor2/before-referral',
          path: ['spoor2', 'intake'],
          message: INPUT_ISSUE_MESSAGES['spoor2/before-referral'],
        },
      ],
    });
    expect(INPUT_ISSUE_MESSAGES['spoor2/before-referral']).toEqual({
      nl: 'Deze datum ligt vóór de aanmelding van het spoor-2-traject.',
      en: 'This date is before the referral of the spoor-2 trajectory.',
    });
    expect(JSON.stringify(result)).not.toContain('2025-02-09');
  });

  it('checks across fields only once the shape is right', () => {
    expect(problems({ referral: '2025-02-10', intake: '2025-02-01', end: 'gisteren' })).toEqual([
      ['spoor2.end', 'date/invalid'],
    ]);
  });

  it('is in the case file’s JSON Schema, closed and described', () => {
    const schema = caseJsonSchema() as {
      properties: Record<string, { required?: string[]; description?: string }>;
    };
    const section = schema.properties.spoor2!;
    expect(section.required).toEqual(['referral']);
    expect(section.description).toContain('geen medische gegevens');
  });
});
