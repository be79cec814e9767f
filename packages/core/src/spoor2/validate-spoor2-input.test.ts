import { describe, expect, it } from 'vitest';
import { INPUT_ISSUE_MESSAGES } from '../input/input-issue-codes.js';
import { CLEAN } from './test-helpers.js';
import { validateSpoor2Input } from './validate-spoor2-input.js';

const problems = (input: unknown) =>
  validateSpoor2Input(input).map((i) => [i.code, i.path.join('.')]);

describe('validateSpoor2Input', () => {
  it('accepts a clean trajectory and the smallest one (a referral only)', () => {
    expect(problems(CLEAN)).toEqual([]);
    expect(problems({ referral: '2025-03-03' })).toEqual([]);
  });

  it('requires an object with a referral, and real dates everywhere', () => {
    expect(problems('2025-03-03')).toEqual([['field/type', 'spoor2']]);
    expect(problems({})).toEqual([['field/required', 'spoor2.referral']]);
    expect(
      problems({
        referral: '2025-02-30',
        intake: '3-3-2025',
        adReport: { date: '2025-13-01' },
        plan: { date: 20250407, plannedEnd: '2025-12-32' },
        phases: [{ phase: 'intake', start: 'x' }],
        activities: [{ date: '', type: 'overig' }],
        applications: [{ date: '2025-04-31', result: 'afgewezen' }],
        reports: [{ kind: 'eind', date: null }],
        outcome: { kind: 'geen', date: '2025-00-10' },
        end: '2025-09-31',
      }),
    ).toEqual([
      ['date/invalid', 'spoor2.referral'],
      ['date/invalid', 'spoor2.intake'],
      ['date/invalid', 'spoor2.end'],
      ['date/invalid', 'spoor2.adReport.date'],
      ['date/invalid', 'spoor2.plan.date'],
      ['date/invalid', 'spoor2.plan.plannedEnd'],
      ['date/invalid', 'spoor2.phases.0.start'],
      ['date/invalid', 'spoor2.activities.0.date'],
      ['date/invalid', 'spoor2.applications.0.date'],
      ['date/invalid', 'spoor2.reports.0.date'],
      ['date/invalid', 'spoor2.outcome.date'],
    ]);
  });

  it('checks the closed value lists and required kinds', () => {
    expect(
      problems({
        referral: '2025-03-03',
        adReport: { date: '2025-02-01', status: 'voorlopig' },
        phases: [{ phase: 'werving', start: '2025-03-10' }, { start: '2025-03-10' }],
        activities: [
          { date: '2025-03-11', type: 'therapie', mode: 'telefonisch' },
          { date: '2025-03-12' },
        ],
        applications: [
          { date: '2025-03-12', result: 'misschien', channel: 'krant' },
          { date: '2025-03-12' },
        ],
        reports: [{ kind: 'tussentijds', date: '2025-04-01' }],
        outcome: { kind: 'ontslag' },
      }),
    ).toEqual([
      ['field/choice', 'spoor2.adReport.status'],
      ['field/choice', 'spoor2.phases.0.phase'],
      ['field/required', 'spoor2.phases.1.phase'],
      ['field/choice', 'spoor2.activities.0.type'],
      ['field/choice', 'spoor2.activities.0.mode'],
      ['field/required', 'spoor2.activities.1.type'],
      ['field/choice', 'spoor2.applications.0.result'],
      ['field/choice', 'spoor2.applications.0.channel'],
      ['field/required', 'spoor2.applications.1.result'],
      ['field/choice', 'spoor2.reports.0.kind'],
      ['field/choice', 'spoor2.outcome.kind'],
    ]);
  });

  it('checks numbers: hours ≥ 0, agreed values as their thresholds, report numbers whole and ≥ 1', () => {
    expect(
      problems({
        referral: '2025-03-03',
        plan: {
          date: '2025-04-01',
          applicationsPerWeek: -1,
          reportEveryWeeks: 2.5,
          persoonsprofiel: 'ja',
        },
        activities: [
          { date: '2025-03-11', type: 'overig', hours: -0.5 },
          { date: '2025-03-11', type: 'overig', hours: '2' },
        ],
        reports: [
          { kind: 'voortgang', number: 0, date: '2025-04-01' },
          { kind: 'voortgang', number: 1.5, date: '2025-04-01' },
        ],
      }),
    ).toEqual([
      ['field/type', 'spoor2.plan.persoonsprofiel'],
      ['field/too-small', 'spoor2.plan.applicationsPerWeek'],
      ['field/too-small', 'spoor2.plan.reportEveryWeeks'],
      ['field/too-small', 'spoor2.activities.0.hours'],
      ['field/type', 'spoor2.activities.1.hours'],
      ['field/too-small', 'spoor2.reports.0.number'],
      ['field/integer', 'spoor2.reports.1.number'],
    ]);
  });

  it('keeps referral ≤ intake ≤ plan', () => {
    expect(problems({ referral: '2025-03-03', intake: '2025-03-02' })).toEqual([
      ['spoor2/before-referral', 'spoor2.intake'],
    ]);
    expect(
      problems({ referral: '2025-03-03', intake: '2025-03-10', plan: { date: '2025-03-09' } }),
    ).toEqual([['spoor2/plan-before-intake', 'spoor2.plan.date']]);
    expect(problems({ referral: '2025-03-03', plan: { date: '2025-03-02' } })).toEqual([
      ['spoor2/before-referral', 'spoor2.plan.date'],
    ]);
    // Equal dates are fine.
    expect(
      problems({ referral: '2025-03-03', intake: '2025-03-03', plan: { date: '2025-03-03' } }),
    ).toEqual([]);
  });

  it('keeps phases within the trajectory and ending after they start', () => {
    expect(
      problems({
        referral: '2025-03-03',
        end: '2025-09-30',
        phases: [
          { phase: 'intake', start: '2025-03-02' },
          { phase: 'orientatie', start: '2025-03-20', end: '2025-03-19' },
          { phase: 'plaatsing', start: '2025-10-01' },
          { phase: 'bemiddeling-en-sollicitatie', start: '2025-05-01', end: '2025-10-01' },
          { phase: 'nazorg', start: '2025-09-30', end: '2025-09-30' },
        ],
      }),
    ).toEqual([
      ['spoor2/before-referral', 'spoor2.phases.0.start'],
      ['period/end-before-start', 'spoor2.phases.1.end'],
      ['spoor2/after-end', 'spoor2.phases.2.start'],
      ['spoor2/after-end', 'spoor2.phases.3.end'],
    ]);
  });

  it('keeps the end, the outcome, the intake and the plan in order with the referral and the end', () => {
    expect(
      problems({
        referral: '2025-03-03',
        intake: '2025-03-10',
        plan: { date: '2025-03-20' },
        outcome: { kind: 'geen', date: '2025-03-01' },
        end: '2025-03-02',
      }),
    ).toEqual([
      ['spoor2/before-referral', 'spoor2.outcome.date'],
      ['spoor2/before-referral', 'spoor2.end'],
      ['spoor2/after-end', 'spoor2.intake'],
      ['spoor2/after-end', 'spoor2.plan.date'],
    ]);
  });

  it('wants report numbers unique per kind', () => {
    const issues = validateSpoor2Input({
      referral: '2025-03-03',
      reports: [
        { kind: 'voortgang', number: 1, date: '2025-04-14' },
        { kind: 'eind', number: 1, date: '2025-09-26' },
        { kind: 'voortgang', number: 1, date: '2025-05-26' },
      ],
    });
    expect(issues).toEqual([
      {
        code: 'spoor2/report-number-duplicate',
        path: ['spoor2', 'reports', 2, 'number'],
        message: INPUT_ISSUE_MESSAGES['spoor2/report-number-duplicate'],
      },
    ]);
  });

  it('reports wrong kinds of lists and objects', () => {
    expect(
      problems({
        referral: '2025-03-03',
        activities: {},
        phases: [null],
        plan: [],
        provider: 'x',
        reports: 'r',
      }),
    ).toEqual([
      ['field/type', 'spoor2.provider'],
      ['field/type', 'spoor2.plan'],
      ['field/type', 'spoor2.phases.0'],
      ['field/type', 'spoor2.activities'],
      ['field/type', 'spoor2.reports'],
    ]);
  });
});
