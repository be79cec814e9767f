import { describe, expect, it } from 'vitest';
import { pathText } from './path-text.js';

describe('pathText', () => {
  it('writes keys with dots and indexes in brackets; the root is empty', () => {
    expect(pathText(['sickPeriods', 1, 'end'])).toBe('sickPeriods[1].end');
    expect(pathText(['options', 'workingDays', 'nonWorkingDays', 2])).toBe(
      'options.workingDays.nonWorkingDays[2]',
    );
    expect(pathText([0, 'start'])).toBe('[0].start');
    expect(pathText([])).toBe('');
  });

  it('writes a key that is not a safe name as […], so a path never echoes input', () => {
    expect(pathText(['groups', '123456782'])).toBe('groups[…]');
    expect(pathText(['groups', 'een lange zin'])).toBe('groups[…]');
    expect(pathText(['employee', 'bsn'])).toBe('employee.bsn');
    // A symbol is no name at all.
    expect(pathText(['a', Symbol('s'), 'b'])).toBe('a[…].b');
    // A key after […] still gets its dot.
    expect(pathText(['123456782', 'x'])).toBe('[…].x');
  });
});
