import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCase } from '@poortwachter/core';
import { describe, expect, it } from 'vitest';
import { run } from '../run.js';
import { captureIo } from '../testing/capture-io.js';
import { fixturePath, REPO_ROOT } from '../testing/fixture-path.js';

const HAND_MADE = fixturePath('voorbeeld-logistiek.json');

const check = async (args: string[], overrides: Parameters<typeof captureIo>[0] = {}) => {
  const captured = captureIo({ cwd: REPO_ROOT, ...overrides });
  const code = await run(['check', ...args], captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
};

describe('check', () => {
  it('exits 1 with an overdue legal milestone and prints one line per finding with its severity', async () => {
    const r = await check([HAND_MADE, '--as-of', '2025-09-01']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(
      /^fout +evaluatie-3\/overdue +De evaluatie van het plan van aanpak \(nr\. 3\) had uiterlijk 21 augustus 2025 klaar moeten zijn\.$/m,
    );
    expect(r.stdout).toMatch(/^info +plan-van-aanpak\/late-with-motivation +/m);
    expect(r.stdout.endsWith('\n\n4 bevindingen: 1 fout, 2 waarschuwingen, 1 info\n')).toBe(true);
    await expect(r.stdout).toMatchFileSnapshot('./__golden__/voorbeeld-logistiek.check.nl.txt');
  });

  it('exits 0 when nothing is an error, and says so when there is nothing at all', async () => {
    const early = await check([
      '--first-sick-day',
      '2025-01-06',
      '--as-of',
      '2025-01-07',
      '--lang',
      'en',
    ]);
    expect(early.code).toBe(0);
    const none = await check([fixturePath('hersteld.json'), '--as-of', '2025-03-01']);
    expect(none).toEqual({ code: 0, stdout: 'Geen bevindingen.\n', stderr: '' });
  });

  it('prints { "findings": [...] } exactly as checkCase() returns them', async () => {
    const r = await check([HAND_MADE, '--as-of', '2025-09-01', '--format', 'json']);
    const caseFile = JSON.parse(readFileSync(join(REPO_ROOT, HAND_MADE), 'utf8'));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `${JSON.stringify({ findings: checkCase(caseFile, { asOf: '2025-09-01' }) }, null, 2)}\n`,
    );
    await expect(r.stdout).toMatchFileSnapshot('./__golden__/voorbeeld-logistiek.check.json');
  });

  it('writes English with --lang en and colours severities on a terminal', async () => {
    const r = await check([HAND_MADE, '--as-of', '2025-09-01', '--lang', 'en'], {
      isTTY: { stdout: true, stderr: true },
    });
    expect(r.stdout).toContain('\u001b[31m');
    expect(r.stdout).toMatch(/evaluatie-3\/overdue +The evaluation/);
    expect(r.stdout).toContain('4 findings: 1 error, 2 warnings, 1 info\n');
  });
});
