import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { portfolioWorkList, summarizePortfolio } from '@poortwachter/core';
import { describe, expect, it } from 'vitest';
import { run } from '../run.js';
import { captureIo } from '../testing/capture-io.js';
import { REPO_ROOT } from '../testing/fixture-path.js';

const FOLDER = 'fixtures/portfolio';
const AS_OF = ['--as-of', '2025-09-01'];

const portfolio = async (args: string[], overrides: Parameters<typeof captureIo>[0] = {}) => {
  const captured = captureIo({ cwd: REPO_ROOT, ...overrides });
  const code = await run(['portfolio', ...args], captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
};

/** The hand-made cases in the order the command reads them (sorted by file name). */
const cases = () =>
  readdirSync(join(REPO_ROOT, FOLDER))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(REPO_ROOT, FOLDER, f), 'utf8')));

/** A temporary folder with two of the hand-made cases and the given extra files. */
const folderWith = (extra: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), 'poortwachter-portfolio-'));
  for (const f of ['pf-1.json', 'pf-3.json']) cpSync(join(REPO_ROOT, FOLDER, f), join(dir, f));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
};

describe('portfolio', () => {
  it('prints the work list, then the tables, per group with --group-by (text)', async () => {
    const r = await portfolio([FOLDER, ...AS_OF, '--group-by', 'afdeling']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // 7 cases; PF-3's evaluatie-9 (5 Sep), PF-1's evaluatie-1 (10 Sep) and PF-3's next progress
    // report (1 Aug + 42 = 12 Sep) fall in the window 1–15 September; 71 actions are overdue.
    expect(r.stdout).toMatch(/^Portefeuille per 1 september 2025: 7 dossiers/);
    expect(r.stdout).toContain('74 acties: 71 te laat, 3 binnenkort');
    expect(r.stdout).toMatch(
      /^2025-09-12 +binnenkort +info +PF-3 +re-integratiebedrijf +spoor-2\/report-gap +De volgende voortgangsrapportage moet uiterlijk 12 september 2025 klaar zijn\.$/m,
    );
    expect(r.stdout.indexOf('Werklijst')).toBeLessThan(r.stdout.indexOf('Dossiers per fase'));
    // Phases: PF-1 jaar-1; PF-3, PF-6, PF-7 jaar-2; PF-4 na-wachttijd; PF-2, PF-5 hersteld.
    expect(r.stdout).toMatch(/^tweede ziektejaar +3 +43%$/m);
    // Probleemanalyse: 6 measured (PF-2 not reached), 4 on time, PF-3 late with motivation, PF-4 missing.
    expect(r.stdout).toMatch(/^Probleemanalyse +6 +67% +17% +0% +17% +0$/m);
    expect(r.stdout).toMatch(/^Zorg +3 /m);
    expect(r.stdout).toMatch(/^\(afgeschermd\) +1 /m);
    await expect(r.stdout).toMatchFileSnapshot('./__golden__/portfolio.nl.txt');
  });

  it('writes English with --lang en', async () => {
    const r = await portfolio([FOLDER, ...AS_OF, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Portfolio as of 1 September 2025: 7 cases/);
    expect(r.stdout).toContain('74 actions: 71 overdue, 3 due soon');
    expect(r.stdout).not.toContain('By afdeling');
    await expect(r.stdout).toMatchFileSnapshot('./__golden__/portfolio.en.txt');
  });

  it('prints { summary, workList } exactly as core computes them (json)', async () => {
    const r = await portfolio([FOLDER, ...AS_OF, '--window', '7', '--format', 'json']);
    expect(r.code).toBe(0);
    const options = { asOf: '2025-09-01', window: 7 };
    const parsed = JSON.parse(r.stdout);
    expect(Object.keys(parsed)).toEqual(['summary', 'workList']);
    expect(parsed.summary).toEqual(summarizePortfolio(cases(), options));
    // Every case has an externalRef, so the command's refs are core's.
    expect(parsed.workList).toEqual(portfolioWorkList(cases(), options));
    // Window 7: 1–8 September holds only PF-3's evaluatie-9 (5 Sep).
    expect(
      parsed.workList.items.filter((i: { status: string }) => i.status === 'due-soon'),
    ).toHaveLength(1);
    await expect(r.stdout).toMatchFileSnapshot('./__golden__/portfolio.json');
  });

  it('prints the figures as one CSV table with a header, per group with --group-by', async () => {
    const r = await portfolio([FOLDER, ...AS_OF, '--group-by', 'afdeling', '--format', 'csv']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\r\n');
    expect(lines[0]).toBe('scope,group,figure,value');
    expect(lines.at(-1)).toBe('');
    expect(lines).toContain('total,,cases,7');
    expect(lines).toContain('total,,timeliness.probleemanalyse.onTime,0.6667');
    expect(lines).toContain('total,,spoor2.workRate.at-deadline,');
    expect(lines).toContain('quarter,2024-Q2,cases,2');
    expect(lines).toContain('afdeling,Zorg,cases,3');
    expect(lines.every((l) => l === '' || l.split(',').length === 4)).toBe(true);
    await expect(r.stdout).toMatchFileSnapshot('./__golden__/portfolio.csv');
  });

  it('quotes a group value with a comma or a quote as RFC 4180 asks', async () => {
    const dir = folderWith({
      'pf-9.json': JSON.stringify({
        externalRef: 'PF-9',
        groups: { afdeling: 'Zorg, "Noord"' },
        sickPeriods: [{ start: '2025-06-02' }],
      }),
    });
    const r = await portfolio([dir, ...AS_OF, '--group-by', 'afdeling', '--format', 'csv']);
    expect(r.stdout.split('\r\n')).toContain('afdeling,"Zorg, ""Noord""",cases,1');
  });

  it('never writes a group value a spreadsheet would run as a formula', async () => {
    const dir = folderWith({
      'pf-9.json': JSON.stringify({
        externalRef: 'PF-9',
        groups: { afdeling: '=HYPERLINK("http://x","y")' },
        sickPeriods: [{ start: '2025-06-02' }],
      }),
    });
    const r = await portfolio([dir, ...AS_OF, '--group-by', 'afdeling', '--format', 'csv']);
    expect(r.stdout.split('\r\n')).toContain(`afdeling,"'=HYPERLINK(""http://x"",""y"")",cases,1`);
  });

  it('lists invalid files with their problems, skips them and exits 1 at the end', async () => {
    const dir = folderWith({
      'kapot.json': '{ "sickPeriods": [',
      'ongeldig.json': JSON.stringify({ sickPeriods: [{ start: '2025-02-30' }] }),
    });
    const r = await portfolio([dir, ...AS_OF]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Portefeuille per 1 september 2025: 2 dossiers/);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/kapot\.json: geen geldige JSON: de tekst houdt te vroeg op/),
      expect.stringMatching(/ongeldig\.json:sickPeriods\[0\]\.start: /),
    ]);
    const en = await portfolio([dir, ...AS_OF, '--lang', 'en']);
    expect(en.stderr).toMatch(/kapot\.json: not valid JSON/);
    const json = await portfolio([dir, ...AS_OF, '--format', 'json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).summary.total.cases).toBe(2);
    const { issues } = JSON.parse(json.stderr);
    expect(issues.map((i: { code: string; path?: unknown[] }) => [i.code, i.path ?? []])).toEqual([
      ['file/invalid-json', []],
      ['date/invalid', ['sickPeriods', 0, 'start']],
    ]);
    expect(issues[1].argument).toBe(join(dir, 'ongeldig.json'));
  });

  it('refuses a wrong window and an unknown format, all at once (exit 2)', async () => {
    const r = await portfolio([FOLDER, '--window', 'x', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      '--format: ongeldige waarde: kies uit text, json, csv\n--window: geef een geheel aantal dagen, 0 of meer\n',
    );
    const negative = await portfolio([FOLDER, '--window', '-3']);
    expect(negative.code).toBe(2);
    const none = await portfolio(['--as-of', '2025-09-01']);
    expect(none).toMatchObject({
      code: 2,
      stderr: '<map-of-glob>: geef een map of glob met casusbestanden\n',
    });
  });

  it('says an empty folder holds no files (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'poortwachter-empty-'));
    mkdirSync(join(dir, 'leeg'));
    const r = await portfolio(['leeg', ...AS_OF], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'leeg: geen bestanden gevonden\n' });
  });

  it('writes nothing on stderr when it is not a terminal, and a progress bar when it is', async () => {
    const quiet = await portfolio([FOLDER, ...AS_OF, '--format', 'csv']);
    expect(quiet.stderr).toBe('');
    const tty = await portfolio([FOLDER, ...AS_OF, '--format', 'csv'], {
      isTTY: { stdout: false, stderr: true },
    });
    expect(tty.stderr).toMatch(/\d\/7/);
    expect(tty.stdout).toBe(quiet.stdout);
  });
});
