import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../calendar/day-number.js';
import { WARNING_RULES } from './warning-rules.js';

describe('WARNING_RULES', () => {
  it('has the warnings of the rules, each with a source', () => {
    expect(Object.keys(WARNING_RULES)).toEqual([
      'rules/version',
      'aow/at-start',
      'aow/during-case',
      'aow/unknown',
      'vrijwillige-verlenging/short',
    ]);
    for (const row of Object.values(WARNING_RULES)) expect(row.source).not.toBe('');
  });

  it('writes the dates and weeks it is given into both languages', () => {
    const day = toDayNumber('2014-01-01');
    expect(WARNING_RULES['rules/version'].message({ day }).nl).toMatch(
      /^De eerste ziektedag ligt vóór 1 januari 2014: /,
    );
    expect(WARNING_RULES['rules/version'].message({ day }).en).toMatch(
      /^The first sick day is before 1 January 2014: /,
    );
    expect(WARNING_RULES['aow/at-start'].message({ weeks: 6 })).toEqual({
      nl: 'De werknemer had op de eerste ziektedag de AOW-leeftijd: loondoorbetaling 6 weken, geen plan van aanpak, spoor 2, ziekmelding bij UWV of WIA; de spoor-1-verplichtingen blijven.',
      en: 'The employee had reached AOW age on the first sick day: 6 weeks of wage payment, no plan of action, track 2, UWV report or WIA; track-1 duties remain.',
    });
    expect(WARNING_RULES['aow/during-case'].message({ day: toDayNumber('2025-12-01') }).en).toBe(
      'The employee reaches AOW age on 1 December 2025: milestones after that date no longer apply; employment and wage payment need a human look.',
    );
  });

  it('grades the warnings: a case that needs a look is a warning, a fact to know is info', () => {
    expect(
      Object.fromEntries(Object.entries(WARNING_RULES).map(([code, row]) => [code, row.severity])),
    ).toEqual({
      'rules/version': 'warning',
      'aow/at-start': 'info',
      'aow/during-case': 'warning',
      'aow/unknown': 'info',
      'vrijwillige-verlenging/short': 'warning',
    });
  });
});
