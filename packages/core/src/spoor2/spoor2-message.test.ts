import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../calendar/day-number.js';
import { fillSpoor2Message } from './spoor2-message.js';

describe('fillSpoor2Message', () => {
  it('writes {start} and {end} as dates in each language', () => {
    expect(
      fillSpoor2Message(
        { nl: 'Van {start} tot {end}.', en: 'From {start} to {end}.' },
        { start: toDayNumber('2025-05-01'), end: toDayNumber('2025-05-28') },
      ),
    ).toEqual({ nl: 'Van 1 mei 2025 tot 28 mei 2025.', en: 'From 1 May 2025 to 28 May 2025.' });
  });

  it('writes numbers with a decimal comma in Dutch, and fixed texts in their language', () => {
    expect(
      fillSpoor2Message(
        {
          nl: '{perWeek} per week, {days} dagen; {part}.',
          en: '{perWeek} a week, {days} days; {part}.',
        },
        { perWeek: 1.5, days: 28, part: { nl: 'het zoekprofiel', en: 'the zoekprofiel' } },
      ),
    ).toEqual({
      nl: '1,5 per week, 28 dagen; het zoekprofiel.',
      en: '1.5 a week, 28 days; the zoekprofiel.',
    });
  });

  it('leaves a placeholder without a value as it is, and text without one untouched', () => {
    const template = { nl: '{count} van {total}', en: '{count} of {total}' };
    expect(fillSpoor2Message(template, { count: 2 })).toEqual({
      nl: '2 van {total}',
      en: '2 of {total}',
    });
    // The same template again, now with both values (templates are split once and reused).
    expect(fillSpoor2Message(template, { count: 2, total: 5 })).toEqual({
      nl: '2 van 5',
      en: '2 of 5',
    });
    expect(fillSpoor2Message({ nl: 'Geen.', en: 'None.' }, {})).toEqual({
      nl: 'Geen.',
      en: 'None.',
    });
  });

  it('writes a placeholder at the very start and end, and one used twice', () => {
    expect(fillSpoor2Message({ nl: '{limit}–{limit}', en: '{limit}' }, { limit: 0 })).toEqual({
      nl: '0–0',
      en: '0',
    });
  });
});
