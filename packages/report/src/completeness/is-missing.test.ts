import { describe, expect, it } from 'vitest';
import { isMissing } from './is-missing.js';

describe('isMissing', () => {
  it.each([undefined, null, '', ' \n\t', [], {}, { a: [], b: '  ' }])(
    'counts %j as missing',
    (value) => {
      expect(isMissing(value)).toBe(true);
    },
  );

  it.each(['x', 0, false, ['x'], { a: 'x' }])('counts %j as present', (value) => {
    expect(isMissing(value)).toBe(false);
  });
});
