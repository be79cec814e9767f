// The codes and ids of the public API are closed unions derived from the rule tables: a typo
// does not compile, a `switch` narrows, and a `switch` over a finite union is checked for
// completeness (tests/types/finding-code-switch.test.ts generates the complete `switch` over
// every FindingCode from the type itself).
import type {
  Finding,
  FindingCode,
  InputIssueCode,
  MilestoneFindingCode,
  MilestoneId,
  MilestoneStatus,
  Warning,
  WarningCode,
} from '@poortwachter/core';
import { checkCase, computeTimeline, inputIssue } from '@poortwachter/core';
import type { DocumentIssueCode } from '@poortwachter/report';
import { describe, expectTypeOf, it } from 'vitest';

describe('closed unions', () => {
  it('MilestoneId: the ids of the rule table, recurring ones numbered', () => {
    expectTypeOf<'probleemanalyse'>().toExtend<MilestoneId>();
    expectTypeOf<'evaluatie-3'>().toExtend<MilestoneId>();
    expectTypeOf<string>().not.toExtend<MilestoneId>();
    // @ts-expect-error a typo is not a milestone id
    const typo: MilestoneId = 'probleemanalyze';
    // @ts-expect-error a recurring rule's id is numbered
    const bare: MilestoneId = 'evaluatie';
    expectTypeOf(
      computeTimeline({ sickPeriods: [] }).milestones[0]!.id,
    ).toEqualTypeOf<MilestoneId>();
    void [typo, bare];
  });

  it('FindingCode: what checkCase returns', () => {
    expectTypeOf(checkCase).returns.toEqualTypeOf<Finding<FindingCode>[]>();
    expectTypeOf<'probleemanalyse/overdue'>().toExtend<FindingCode>();
    expectTypeOf<'start-spoor-2/no-decision'>().toExtend<FindingCode>();
    expectTypeOf<'evaluatie/gap'>().toExtend<FindingCode>();
    expectTypeOf<'rules/version'>().toExtend<FindingCode>();
    expectTypeOf<MilestoneFindingCode>().toExtend<FindingCode>();
    expectTypeOf<string>().not.toExtend<FindingCode>();
    // @ts-expect-error a status that is no finding
    const done: FindingCode = 'probleemanalyse/done';
    // @ts-expect-error a typo in the milestone
    const typo: FindingCode = 'probleemanalyze/overdue';
    void [done, typo];
  });

  it('InputIssueCode: the input problems of core and schema', () => {
    expectTypeOf<'date/invalid'>().toExtend<InputIssueCode>();
    expectTypeOf<string>().not.toExtend<InputIssueCode>();
    // @ts-expect-error a typo is not an input issue code
    inputIssue('date/invalidd', ['sickPeriods', 0, 'start']);
    expectTypeOf(inputIssue('date/invalid', ['x']).code).toEqualTypeOf<InputIssueCode>();
  });

  it('WarningCode, MilestoneStatus and DocumentIssueCode', () => {
    expectTypeOf<Warning['code']>().toEqualTypeOf<WarningCode>();
    expectTypeOf<string>().not.toExtend<WarningCode>();
    expectTypeOf<string>().not.toExtend<MilestoneStatus>();
    expectTypeOf<'document/plan-van-aanpak/unsigned'>().toExtend<DocumentIssueCode>();
    // @ts-expect-error not a document kind
    const kind: DocumentIssueCode = 'document/plan/unsigned';
    void kind;
  });
});

describe('switch (finding.code)', () => {
  it('narrows the code in each case and in the default', () => {
    const handle = (finding: Finding<FindingCode>) => {
      switch (finding.code) {
        case 'probleemanalyse/overdue':
          expectTypeOf(finding.code).toEqualTypeOf<'probleemanalyse/overdue'>();
          return 'analyse';
        // @ts-expect-error a case that can never match does not compile
        case 'probleemanalyse/overdeu':
          return 'typo';
        default:
          expectTypeOf(finding.code).toEqualTypeOf<
            Exclude<FindingCode, 'probleemanalyse/overdue'>
          >();
          return 'other';
      }
    };
    expectTypeOf(handle).returns.toEqualTypeOf<'analyse' | 'typo' | 'other'>();
  });

  it('is checked for completeness over a finite union (the statuses of a milestone)', () => {
    type M = ReturnType<typeof computeTimeline>['milestones'][number];
    const word = (milestone: M): string => {
      switch (milestone.status) {
        case 'done':
        case 'done-late':
        case 'late-with-motivation':
        case 'overdue':
        case 'due-soon':
        case 'upcoming':
        case 'passed':
        case 'not-reached':
        case 'not-applicable':
          return milestone.status;
        default:
          return milestone.status satisfies never;
      }
    };
    const incomplete = (milestone: M): string => {
      switch (milestone.status) {
        case 'overdue':
          return milestone.status;
        default:
          // @ts-expect-error the other statuses are not handled
          return milestone.status satisfies never;
      }
    };
    void [word, incomplete];
  });
});
