import { describe, expect, it } from 'vitest';
import { pathText } from './path-text.js';

describe('pathText', () => {
  it('writes fields with dots and indexes in brackets', () => {
    expect(pathText(['sickPeriods', 1, 'end'])).toBe('sickPeriods[1].end');
    expect(pathText(['employee', 'bsn'])).toBe('employee.bsn');
    expect(pathText(['options', 'workingDays', 'nonWorkingDays', 0])).toBe(
      'options.workingDays.nonWorkingDays[0]',
    );
    expect(pathText([0, 'start'])).toBe('[0].start');
    expect(pathText([])).toBe('');
  });

  it('masks keys that may carry input', () => {
    expect(pathText(['groups', '123456782'])).toBe('groups[…]');
    expect(pathText(['groups', 'met spatie'])).toBe('groups[…]');
  });
});
