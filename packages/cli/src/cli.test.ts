import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { fixturePath, REPO_ROOT } from './testing/fixture-path.js';
import { buildStalePackages, spawnCli } from './testing/spawn-cli.js';

const golden = (name: string) =>
  readFileSync(new URL(`./commands/__golden__/${name}`, import.meta.url), 'utf8');
const DOSSIER = join(REPO_ROOT, 'fixtures/dossier');

beforeAll(buildStalePackages);

describe('the built command, end to end', () => {
  it('prints its version', () => {
    expect(spawnCli(['--version'])).toEqual({
      code: 0,
      stdout: `${packageJson.version}\n`,
      stderr: '',
    });
  });

  it('writes the same timeline under any TZ', () => {
    for (const TZ of ['Pacific/Auckland', 'America/Los_Angeles']) {
      const r = spawnCli(
        [
          'timeline',
          fixturePath('voorbeeld-logistiek.json'),
          '--as-of',
          '2025-09-01',
          '--format',
          'ics',
        ],
        {
          env: { TZ },
        },
      );
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(golden('voorbeeld-logistiek.timeline.ics'));
    }
  });

  it('exits 1 from check with an error finding, without colour in a pipe', () => {
    const r = spawnCli(['check', fixturePath('voorbeeld-logistiek.json'), '--as-of', '2025-09-01']);
    expect(r).toEqual({ code: 1, stdout: golden('voorbeeld-logistiek.check.nl.txt'), stderr: '' });
  });

  it('exits 2 on bad input with a field path on stderr and no stack trace', () => {
    expect(
      spawnCli(['timeline', '--first-sick-day', '2025-01-06', '--as-of', 'morgen', '--lang', 'en']),
    ).toEqual({
      code: 2,
      stdout: '',
      stderr: '--as-of: not an existing date in the form YYYY-MM-DD\n',
    });
    expect(spawnCli(['check', 'geen-bestand.json'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'geen-bestand.json: bestand niet gevonden\n',
    });
  });
});

describe('batch, end to end (worker threads)', () => {
  const documentXml = (file: string) =>
    strFromU8(unzipSync(readFileSync(file))['word/document.xml'] ?? new Uint8Array());

  it('renders every content file of a directory, skips and lists the case file, and leaves no temporary files', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'poortwachter-batch-')), 'uit');
    const r = spawnCli([
      'batch',
      'fixtures/dossier',
      '-o',
      out,
      '--as-of',
      '2025-10-20',
      '--jobs',
      '2',
    ]);
    expect(r.code).toBe(0);
    const names = readdirSync(DOSSIER)
      .filter((f) => f !== 'case.json')
      .map((f) => f.replace('.json', '.docx'));
    expect(readdirSync(out).sort()).toEqual(names.sort());
    expect(r.stdout).toBe(
      `${names.map((n) => `${join(out, n)}\n`).join('')}8 geschreven, 1 overgeslagen, 0 mislukt\n`,
    );
    // The progress report (and the verslag it is part of) notes the example log's three
    // applications before bemiddeling began, as info.
    const [skipped, ...notes] = r.stderr.trimEnd().split('\n');
    expect(skipped).toBe(
      'fixtures/dossier/case.json: overgeslagen: geen "kind", dus geen documentinhoud',
    );
    expect(notes).toHaveLength(6);
    for (const note of notes)
      expect(note).toMatch(
        /^fixtures\/dossier\/0[57]-.*case\.spoor2\.applications\[[0-2]\]\.date: info: /,
      );
    expect(documentXml(join(out, '07-re-integratieverslag.docx'))).toContain(
      'Re-integratieverslag',
    );
  });

  it('refuses existing outputs without --force (exit 2, nothing rewritten) and overwrites them with it', () => {
    const out = mkdtempSync(join(tmpdir(), 'poortwachter-batch-'));
    writeFileSync(join(out, '02-bijstelling.docx'), 'oud');
    const r = spawnCli(['batch', 'fixtures/dossier/0[12]-*.json', '-o', out]);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `${join(out, '02-bijstelling.docx')}: bestaat al; gebruik --force om het te overschrijven\n`,
    });
    expect(readdirSync(out)).toEqual(['02-bijstelling.docx']);
    const forced = spawnCli([
      'batch',
      'fixtures/dossier/0[12]-*.json',
      '-o',
      out,
      '--force',
      '--as-of',
      '2025-10-20',
    ]);
    expect(forced.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['01-plan-van-aanpak.docx', '02-bijstelling.docx']);
    expect(statSync(join(out, '02-bijstelling.docx')).size).toBeGreaterThan(1000);
  });

  it('summarises failures (bad JSON, invalid and incomplete content), exits 1 and leaves no partial files', () => {
    const input = mkdtempSync(join(tmpdir(), 'poortwachter-batch-in-'));
    const out = join(input, 'uit');
    copyFileSync(join(DOSSIER, 'case.json'), join(input, 'case.json'));
    copyFileSync(join(DOSSIER, '01-plan-van-aanpak.json'), join(input, 'goed.json'));
    const plan = JSON.parse(readFileSync(join(DOSSIER, '01-plan-van-aanpak.json'), 'utf8'));
    writeFileSync(
      join(input, 'onvolledig.json'),
      JSON.stringify({ ...plan, probleemanalyseDate: undefined }),
    );
    writeFileSync(join(input, 'ongeldig.json'), JSON.stringify({ ...plan, date: '2024-02-30' }));
    writeFileSync(join(input, 'kapot.json'), '{ "kind": "plan-van-aanpak", ');
    const r = spawnCli(['batch', input, '-o', out, '--as-of', '2025-10-20', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(readdirSync(out)).toEqual(['goed.docx']);
    expect(r.stdout).toBe(`${join(out, 'goed.docx')}\n1 written, 1 skipped, 3 failed\n`);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(
      `${join(input, 'case.json')}: skipped: no "kind", so not document content`,
    );
    expect(lines).toContain(`${join(input, 'kapot.json')}: failed`);
    expect(lines).toContain(
      `${join(input, 'kapot.json')}: not valid JSON: the text ends too early (line 1, column 30)`,
    );
    expect(lines).toContain(
      `${join(input, 'ongeldig.json')}:date: This is not an existing date in the form YYYY-MM-DD.`,
    );
    expect(
      lines.some((l) =>
        l.startsWith(`${join(input, 'onvolledig.json')}:probleemanalyseDate: error: `),
      ),
    ).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for names that would collide in the flat output, a glob without matches and a bad --jobs', () => {
    const a = mkdtempSync(join(tmpdir(), 'poortwachter-batch-a-'));
    const b = join(a, 'b');
    mkdirSync(b);
    copyFileSync(join(DOSSIER, '01-plan-van-aanpak.json'), join(a, 'plan.json'));
    copyFileSync(join(DOSSIER, '01-plan-van-aanpak.json'), join(b, 'plan.json'));
    const clash = spawnCli(['batch', a, b, '-o', join(a, 'uit')]);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toBe(
      `${join(a, 'uit', 'plan.docx')}: meer dan één invoerbestand met deze naam: ${join(b, 'plan.json')}, ${join(a, 'plan.json')}\n`,
    );
    expect(spawnCli(['batch', 'nergens/*.json', '-o', join(a, 'uit')])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'nergens/*.json: geen bestanden gevonden\n',
    });
    expect(spawnCli(['batch', a, '-o', join(a, 'uit'), '--jobs', '0']).stderr).toBe(
      '--jobs: geef een geheel getal van 1 of meer\n',
    );
  });

  it('stops on Ctrl-C: exit 130, finished documents kept, no half-written files', async () => {
    const input = mkdtempSync(join(tmpdir(), 'poortwachter-batch-int-'));
    const out = join(input, 'uit');
    copyFileSync(join(DOSSIER, 'case.json'), join(input, 'case.json'));
    for (let i = 10; i < 90; i++)
      copyFileSync(join(DOSSIER, '01-plan-van-aanpak.json'), join(input, `plan-${i}.json`));
    const child = spawn(join(REPO_ROOT, 'node_modules/.bin/poortwachter'), [
      'batch',
      input,
      '-o',
      out,
      '--as-of',
      '2025-10-20',
    ]);
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code)),
    );
    while (!existsSync(out) || !readdirSync(out).some((f) => f.endsWith('.docx')))
      await new Promise((r) => setTimeout(r, 20));
    process.kill(child.pid ?? 0, 'SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain('afgebroken: ');
    const left = readdirSync(out);
    expect(left.length).toBeGreaterThan(0);
    expect(left.length).toBeLessThan(80);
    expect(left.every((f) => /^plan-\d\d\.docx$/.test(f))).toBe(true);
  });
});
