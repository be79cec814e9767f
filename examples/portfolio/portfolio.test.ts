import { expect, it } from 'vitest';
import { portfolio } from './portfolio.js';

it('summarises every case of a folder as of a date, by external reference', () => {
  const { lines, invalid } = portfolio(
    new URL('../../fixtures/cases', import.meta.url).pathname,
    '2025-09-01',
  );
  expect(invalid).toEqual([]);
  const logistiek = lines.find((l) => l.ref === 'HR-2025-0042');
  expect(logistiek).toMatchObject({ group: 'Logistiek', phase: 'jaar-1', spoor2: 'vereist' });
  expect(logistiek!.errors).toBeGreaterThan(0);
  const samentelling = lines.find((l) => l.file === 'published-samentelling.json');
  // First sick day 3 January 2022: by 1 September 2025 the waiting period (to 21 January 2024) is over.
  expect(samentelling?.phase).toBe('na-wachttijd');
  expect(JSON.stringify(lines)).not.toContain('123456782');
});
