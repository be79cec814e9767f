import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { timelineText } from './timeline.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const exampleCase = JSON.parse(readFileSync(new URL('../case.json', import.meta.url), 'utf8'));

/** Runs the script as a user would (`pnpm start`), on the TypeScript sources of the packages. */
const script = (...args: string[]) =>
  spawnSync(
    process.execPath,
    ['--conditions=@poortwachter/source', '--import', 'tsx', 'timeline.ts', ...args],
    { cwd: HERE, encoding: 'utf8' },
  );

describe('the timeline script', () => {
  it('prints every milestone with its date, status and explanation, then the findings', () => {
    const { ok, text } = timelineText(exampleCase, '2025-09-01');
    expect(ok).toBe(true);
    const lines = text.split('\n');
    // First sick day 6 January 2025; 18 days of recovery (2 to 19 March). Sick day 728 is
    // 20 March 2025 + (728 − 56) = 21 January 2027 (sick day 56 is 20 March).
    expect(lines[1]).toBe('Eerste ziektedag 6 januari 2025; laatste dag wachttijd 21 januari 2027');
    // The probleemanalyse: sick day 42 = 6 January + 41 = 16 February, before the gap.
    const pa = lines.indexOf(
      'Probleemanalyse: uiterlijk 16 februari 2025, gedaan op 14 februari 2025 [gedaan]',
    );
    expect(lines[pa + 1]).toBe('    Ziektedag 42 valt op 16 februari 2025.');
    // The UWV report: sick day 294 = 20 March + 238 = Thursday 13 November; the next working day is Friday 14.
    const uwv = lines.indexOf(
      'Ziekmelding bij UWV (42 weken): uiterlijk 14 november 2025 [komt nog]',
    );
    expect(lines[uwv + 1]).toContain('Ziektedag 294 valt op 13 november 2025');
    expect(lines[uwv + 1]).toContain('de 18 hersteldagen tussendoor tellen niet mee');
    // Evaluation 3 was due 22 July (42 sick days after 10 June) and is not recorded.
    expect(text).toContain('Evaluatie plan van aanpak 3: uiterlijk 22 juli 2025 [te laat]');
    expect(text).toContain('    fout: De evaluatie van het plan van aanpak (nr. 3)');
    expect(text).not.toContain('123456782');
  });

  it('prints in English on request', () => {
    const { text } = timelineText(exampleCase, '2025-09-01', 'en');
    expect(text).toContain(
      'Problem analysis: due 16 February 2025, done on 14 February 2025 [done]',
    );
    expect(text).toContain(
      '    error: The evaluation of the plan of action (no. 3) was due on 22 July 2025.',
    );
  });

  it('names the fields of an invalid case, without their values', () => {
    const { ok, text } = timelineText(
      { sickPeriods: [{ start: '2025-02-30' }], employee: { bsn: '123456789' } },
      '2025-09-01',
    );
    expect(ok).toBe(false);
    expect(text.split('\n').map((l) => l.split(':')[0])).toEqual([
      'employee.bsn',
      'sickPeriods[0].start',
    ]);
    expect(text).not.toContain('123456789');
  });

  it('runs as a script: the example case by default, exit 0', () => {
    const result = script();
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('Tijdlijn per 1 september 2025');
  });

  it('runs as a script: an invalid file gives its problems on stderr and exit 2', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'timeline-script-')), 'invalid.json');
    writeFileSync(
      file,
      JSON.stringify({ sickPeriods: [{ start: '2025-03-10', end: '2025-03-01' }] }),
    );
    const result = script(file);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toMatch(/^sickPeriods\[0\]\.end: /);
  });
});
