import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assessSpoor2 } from '@poortwachter/core';
import { parseCase } from '@poortwachter/schema';
import { describe, expect, it } from 'vitest';
import { run } from '../run.js';
import { captureIo } from '../testing/capture-io.js';
import { REPO_ROOT } from '../testing/fixture-path.js';

const CASE = 'fixtures/dossier/case.json';

const spoor2 = async (args: string[], cwd = REPO_ROOT) => {
  const captured = captureIo({ cwd });
  const code = await run(['spoor2', ...args], captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
};

describe('spoor2', () => {
  it('prints assessSpoor2() as JSON', async () => {
    const r = await spoor2([CASE, '--as-of', '2025-06-20', '--format', 'json']);
    expect(r.stderr).toBe('');
    const parsed = parseCase(JSON.parse(readFileSync(join(REPO_ROOT, CASE), 'utf8')));
    const expected = parsed.success ? assessSpoor2(parsed.data, { asOf: '2025-06-20' }) : null;
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(r.code).toBe(expected?.findings.some((f) => f.severity === 'error') ? 1 : 0);
  });

  it('writes a readable summary with the phase, figures and findings', async () => {
    const r = await spoor2([CASE, '--as-of', '2025-06-20']);
    expect(r.stdout).toContain('Spoor-2-traject (Wet verbetering poortwachter)');
    expect(r.stdout).toMatch(/\nFase: +Bemiddeling en sollicitatie\n/);
    expect(r.stdout).toMatch(/\nSollicitaties: +18 \(3 gesprekken\); 2,1 per week: /);
    expect(r.stdout).toContain('spoor-2/intake-late');
    const en = await spoor2([CASE, '--as-of', '2025-06-20', '--lang', 'en']);
    expect(en.stdout).toMatch(/\nPhase: +Mediation and applications\n|\nPhase: +\S/);
  });

  it('exits 2 for a case without a trajectory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-spoor2-'));
    writeFileSync(
      join(dir, 'case.json'),
      JSON.stringify({ sickPeriods: [{ start: '2025-01-06' }] }),
    );
    const r = await spoor2(['case.json'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('<case.json>: dit dossier heeft geen spoor-2-traject (spoor2)\n');
  });
});
