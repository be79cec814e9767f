import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeTimeline } from '@poortwachter/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../run.js';
import { captureIo } from '../testing/capture-io.js';
import { fixturePath, REPO_ROOT } from '../testing/fixture-path.js';

const SAMENTELLING = fixturePath('published-samentelling.json');
const HAND_MADE = fixturePath('voorbeeld-logistiek.json');

const timeline = async (args: string[], overrides: Parameters<typeof captureIo>[0] = {}) => {
  const captured = captureIo({ cwd: REPO_ROOT, ...overrides });
  const code = await run(['timeline', ...args], captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
};

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('timeline --format text', () => {
  it('shows the published samentelling example: 104 weeks end on 21 January 2024, the PA stays on 13 February 2022', async () => {
    const r = await timeline([SAMENTELLING, '--as-of', '2022-09-01']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Eerste ziektedag:  3 januari 2022\n');
    expect(r.stdout).toContain(
      'Einde wachttijd:   21 januari 2024 (laatste dag); eerste dag daarna 22 januari 2024\n',
    );
    expect(r.stdout).toMatch(/\nProbleemanalyse +- +13 februari 2022 +te laat +-\n/);
    await expect(r.stdout).toMatchFileSnapshot('./__golden__/samentelling.timeline.nl.txt');
  });

  it('writes a hand-made case in Dutch and English, with done, late and motivated statuses', async () => {
    const nl = await timeline([HAND_MADE, '--as-of', '2025-09-01']);
    expect(nl.stdout).toMatch(
      /\nPlan van aanpak +- +14 maart 2025 +te laat, met motivering +20 maart 2025\n/,
    );
    expect(nl.stdout).toMatch(
      /\nEvaluatie plan van aanpak 2 +- +6 juni 2025 +te laat gedaan +10 juli 2025\n/,
    );
    expect(nl.stdout).toMatch(
      /\nEerstejaarsevaluatie +1 december 2025 +18 januari 2026 \* +komt nog +-\n/,
    );
    await expect(nl.stdout).toMatchFileSnapshot('./__golden__/voorbeeld-logistiek.timeline.nl.txt');
    const en = await timeline([HAND_MADE, '--as-of', '2025-09-01', '--lang', 'en']);
    expect(en.stdout).toContain(
      'End of waiting period:  17 January 2027 (last day); first day after 18 January 2027\n',
    );
    await expect(en.stdout).toMatchFileSnapshot('./__golden__/voorbeeld-logistiek.timeline.en.txt');
  });

  it('shows the rule-version warning of a case before 2014', async () => {
    const r = await timeline([fixturePath('published-2007.json'), '--as-of', '2009-01-01']);
    expect(r.stdout).toContain('Einde wachttijd:   22 juni 2009 (laatste dag)');
    expect(r.stdout).toMatch(/\nLet op: +De eerste ziektedag ligt vóór 1 januari 2014/);
  });

  it('says the waiting period is not reached after recovery', async () => {
    const r = await timeline(['--first-sick-day', '2025-01-06', '--as-of', '2025-02-01']);
    expect(r.stdout).toContain('Eerste ziektedag:  6 januari 2025\n');
    const recovered = await timeline([fixturePath('hersteld.json'), '--as-of', '2025-09-01']);
    expect(recovered.stdout).toContain('Einde wachttijd:   niet bereikt (hersteld)\n');
    expect(recovered.stdout).toMatch(/\nEinde wachttijd +- +- +niet bereikt +-\n/);
  });

  it('colours statuses only on a terminal without NO_COLOR, or with FORCE_COLOR', async () => {
    const args = [SAMENTELLING, '--as-of', '2022-09-01'];
    const red = '\u001b[31m';
    expect((await timeline(args, { isTTY: { stdout: true, stderr: true } })).stdout).toContain(red);
    expect(
      (await timeline(args, { isTTY: { stdout: true, stderr: true }, env: { NO_COLOR: '1' } }))
        .stdout,
    ).not.toContain('\u001b[');
    expect((await timeline(args)).stdout).not.toContain('\u001b[');
    expect((await timeline(args, { env: { FORCE_COLOR: '1' } })).stdout).toContain(red);
    expect(
      (await timeline(args, { isTTY: { stdout: true, stderr: true }, env: { FORCE_COLOR: '0' } }))
        .stdout,
    ).not.toContain('\u001b[');
  });
});

describe('timeline --format json', () => {
  it('prints computeTimeline() exactly, with a 2-space indent', async () => {
    const r = await timeline([SAMENTELLING, '--as-of', '2022-09-01', '--format', 'json']);
    const caseFile = JSON.parse(readFileSync(join(REPO_ROOT, SAMENTELLING), 'utf8'));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `${JSON.stringify(computeTimeline(caseFile, { asOf: '2022-09-01' }), null, 2)}\n`,
    );
    const parsed = JSON.parse(r.stdout);
    expect(parsed.waitingPeriod).toEqual({ lastDay: '2024-01-21', firstDayAfter: '2024-01-22' });
    expect(parsed.milestones.find((m: { id: string }) => m.id === 'probleemanalyse').due).toBe(
      '2022-02-13',
    );
    await expect(r.stdout).toMatchFileSnapshot('./__golden__/samentelling.timeline.json');
    const handMade = await timeline([HAND_MADE, '--as-of', '2025-09-01', '--format', 'json']);
    await expect(handMade.stdout).toMatchFileSnapshot(
      './__golden__/voorbeeld-logistiek.timeline.json',
    );
  });

  it('defaults --as-of to today in Amsterdam', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-03-30T23:30:00Z') });
    try {
      const r = await timeline(['--first-sick-day', '2025-01-06', '--format', 'json']);
      expect(JSON.parse(r.stdout).asOf).toBe('2025-03-31');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('timeline --format ics', () => {
  it('writes one all-day event per deadline with stable UIDs, the case reference but never the name or BSN', async () => {
    const r = await timeline([HAND_MADE, '--as-of', '2025-09-01', '--format', 'ics']);
    expect(r.code).toBe(0);
    const ics = r.stdout;
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(ics).not.toMatch(/[^\r]\n/);
    expect(ics).not.toContain('123456782');
    expect(ics).toContain('UID:HR-2025-0042.2025-01-06.probleemanalyse@poortwachter\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20250302\r\nDTEND;VALUE=DATE:20250303\r\n');
    // Being ill is health data and calendars sync to shared servers: the case reference, not the name.
    expect(ics).toContain('SUMMARY:Probleemanalyse – HR-2025-0042\r\n');
    expect(ics).not.toContain('Jan de Vries');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(27);
    expect(ics).not.toMatch(/DTSTART(?!;VALUE=DATE:\d{8}\r\n)/);
    await expect(ics).toMatchFileSnapshot('./__golden__/voorbeeld-logistiek.timeline.ics');
  });

  it('notes the window of a windowed milestone', async () => {
    const r = await timeline([
      SAMENTELLING,
      '--as-of',
      '2022-09-01',
      '--format',
      'ics',
      '--lang',
      'en',
    ]);
    const unfolded = r.stdout.replace(/\r\n /g, '');
    expect(unfolded).toContain('DESCRIPTION:Window: 5 December 2022 to 22 January 2023\\n');
    expect(unfolded).toMatch(
      /\r\nUID:[0-9a-f]{8}\.2022-01-03\.eerstejaarsevaluatie@poortwachter\r\n/,
    );
    await expect(r.stdout).toMatchFileSnapshot('./__golden__/samentelling.timeline.en.ics');
  });

  it('names the case by its initials without a reference, and in full only with --full-name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-ics-'));
    writeFileSync(
      join(dir, 'case.json'),
      JSON.stringify({
        employee: { name: 'Jan de Vries' },
        sickPeriods: [{ start: '2025-01-06' }],
      }),
    );
    const named = async (...extra: string[]) =>
      (
        await timeline(['case.json', '--as-of', '2025-02-01', '--format', 'ics', ...extra], {
          cwd: dir,
        })
      ).stdout;
    expect(await named()).toContain('SUMMARY:Probleemanalyse – J. de V.\r\n');
    expect(await named()).not.toContain('Jan de Vries');
    expect(await named('--full-name')).toContain('SUMMARY:Probleemanalyse – Jan de Vries\r\n');
  });
});

describe('timeline --explain and the quick look', () => {
  it('explains every date and marks dates moved by recovery', async () => {
    const r = await timeline([SAMENTELLING, '--as-of', '2022-09-01', '--explain']);
    expect(r.code).toBe(0);
    // 21 days fit in July 2022 move every date after the gap (the PA on 13 February does not move).
    expect(r.stdout).toMatch(/\nEinde wachttijd +- +21 januari 2024 \* +komt nog/);
    expect(r.stdout).toMatch(/\nProbleemanalyse +- +13 februari 2022 +/);
    expect(r.stdout).toContain(
      '* later door dagen van herstel of verlof tussendoor (zie --explain)',
    );
    expect(r.stdout).toContain('\nToelichting:\n');
    expect(r.stdout).toContain('- Probleemanalyse: Ziektedag 42 valt op 13 februari 2022.\n');
    expect(r.stdout).toContain('de 21 hersteldagen tussendoor tellen niet mee');
  });

  it('shows a quick look without statuses unless --as-of is given', async () => {
    const quick = await timeline(['--first-sick-day', '2025-01-06']);
    expect(quick.stdout).toContain('Zonder --as-of: alleen de data, geen statussen.');
    expect(quick.stdout).not.toContain('Status');
    expect(quick.stdout).not.toContain('Peildatum');
    const judged = await timeline(['--first-sick-day', '2025-01-06', '--as-of', '2025-03-01']);
    expect(judged.stdout).toContain('Status');
    expect(judged.stdout).toMatch(/\nProbleemanalyse +- +16 februari 2025 +te laat/);
  });
});

describe('problems as JSON', () => {
  it('writes { "issues": [...] } on stderr with codes and paths for --format json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-issues-'));
    writeFileSync(
      join(dir, 'case.json'),
      JSON.stringify({ sickPeriods: [{ start: '2025-02-30' }], employee: { diagnose: 'x' } }),
    );
    const r = await timeline(['case.json', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.stderr)).toEqual({
      issues: [
        {
          code: 'field/unknown',
          path: ['employee', 'diagnose'],
          message: {
            nl: 'Onbekend veld: verwijder het of controleer de spelling.',
            en: 'Unknown field: remove it or check the spelling.',
          },
        },
        expect.objectContaining({ code: 'date/invalid', path: ['sickPeriods', 0, 'start'] }),
      ],
    });
    const wrong = await timeline(['case.json', '--format', 'json', '--as-of', 'morgen'], {
      cwd: dir,
    });
    expect(JSON.parse(wrong.stderr).issues).toEqual([
      expect.objectContaining({ code: 'cli/invalid-date', argument: '--as-of' }),
    ]);
  });

  it('never repeats an unknown command', async () => {
    const captured = captureIo({ cwd: REPO_ROOT });
    expect(await run(['diagnose-hernia', '--format', 'json'], captured.io)).toBe(2);
    expect(captured.stderr()).not.toContain('hernia');
    expect(JSON.parse(captured.stderr()).issues[0].code).toBe('cli/unknown-command');
  });
});

describe('the output does not depend on the time zone', () => {
  it.each([
    'UTC',
    'Europe/Amsterdam',
    'Pacific/Auckland',
    'America/Los_Angeles',
    'Pacific/Kiritimati',
  ])('TZ=%s', async (tz) => {
    vi.stubEnv('TZ', tz);
    for (const format of ['text', 'json', 'ics']) {
      const r = await timeline([HAND_MADE, '--as-of', '2025-09-01', '--format', format]);
      const ext = format === 'text' ? 'nl.txt' : format;
      expect(r.stdout).toBe(
        readFileSync(
          new URL(`./__golden__/voorbeeld-logistiek.timeline.${ext}`, import.meta.url),
          'utf8',
        ),
      );
    }
  });
});
