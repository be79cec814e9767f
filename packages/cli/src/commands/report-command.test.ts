import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { run } from '../run.js';
import { captureIo } from '../testing/capture-io.js';
import { REPO_ROOT } from '../testing/fixture-path.js';

const DOSSIER = join(REPO_ROOT, 'fixtures/dossier');
const PLAN = join(DOSSIER, '01-plan-van-aanpak.json');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'poortwachter-report-'));
});

const report = async (args: string[], cwd = dir) => {
  const captured = captureIo({ cwd });
  const code = await run(['report', ...args, '--as-of', '2025-10-20'], captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
};

const documentXml = (file: string) =>
  strFromU8(unzipSync(readFileSync(file))['word/document.xml'] ?? new Uint8Array());

/** A copy of the plan van aanpak (and its case file) in `dir`, changed by `edit`. */
const planCopy = (edit: (content: Record<string, unknown>) => void): string => {
  const content = JSON.parse(readFileSync(PLAN, 'utf8'));
  edit(content);
  writeFileSync(join(dir, 'plan.json'), JSON.stringify(content));
  copyFileSync(join(DOSSIER, 'case.json'), join(dir, 'case.json'));
  return 'plan.json';
};

describe('report', () => {
  it('writes the document and prints its path; the case is found relative to the content file', async () => {
    const r = await report([PLAN, '-o', 'plan.docx']);
    expect(r).toEqual({ code: 0, stdout: 'plan.docx\n', stderr: '' });
    expect(documentXml(join(dir, 'plan.docx'))).toContain('Sanne Verhoeven');
    expect(readdirSync(dir)).toEqual(['plan.docx']);
  });

  it('refuses to overwrite without --force (exit 2, file untouched) and overwrites with it', async () => {
    writeFileSync(join(dir, 'plan.docx'), 'oud');
    const refused = await report([PLAN, '-o', 'plan.docx']);
    expect(refused).toEqual({
      code: 2,
      stdout: '',
      stderr: 'plan.docx: bestaat al; gebruik --force om het te overschrijven\n',
    });
    expect(readFileSync(join(dir, 'plan.docx'), 'utf8')).toBe('oud');
    expect((await report([PLAN, '-o', 'plan.docx', '--force'])).code).toBe(0);
    expect(documentXml(join(dir, 'plan.docx'))).toContain('Plan van aanpak');
    expect(readdirSync(dir)).toEqual(['plan.docx']);
  });

  it('checks --kind against the kind in the file', async () => {
    expect(await report([PLAN, '-o', 'x.docx', '--kind', 'bijstelling', '--lang', 'en'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        '--kind: the content file is a document of another kind than --kind: plan-van-aanpak, not bijstelling\n',
    });
    expect((await report([PLAN, '-o', 'x.docx', '--kind', 'brief'])).stderr).toMatch(
      /^--kind: ongeldige waarde: kies uit plan-van-aanpak, /,
    );
    expect((await report([PLAN, '-o', 'x.docx', '--kind', 'plan-van-aanpak'])).code).toBe(0);
  });

  it('takes the kind from --kind when the file names none', async () => {
    const input = planCopy((c) => {
      delete c.kind;
    });
    expect((await report([input, '-o', 'plan.docx'])).code).toBe(2);
    expect((await report([input, '-o', 'plan.docx', '--kind', 'plan-van-aanpak'])).code).toBe(0);
  });

  it('refuses an incomplete document: exit 1, findings with their paths on stderr, no file', async () => {
    const input = planCopy((c) => {
      delete c.probleemanalyseDate;
    });
    const r = await report([input, '-o', 'plan.docx']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^probleemanalyseDate: fout: /m);
    expect(r.stderr).not.toContain('123456782');
    expect(readdirSync(dir).sort()).toEqual(['case.json', 'plan.json']);
  });

  it('makes an incomplete document with --allow-incomplete, and still lists what is missing', async () => {
    const input = planCopy((c) => {
      delete c.probleemanalyseDate;
    });
    const r = await report([input, '-o', 'plan.docx', '--allow-incomplete', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('plan.docx\n');
    expect(r.stderr).toMatch(/^probleemanalyseDate: error: /m);
    expect(existsSync(join(dir, 'plan.docx'))).toBe(true);
  });

  it('reports invalid content and a missing case file with their paths (exit 2)', async () => {
    const invalid = planCopy((c) => {
      c.date = '2025-02-30';
    });
    expect((await report([invalid, '-o', 'plan.docx'])).stderr).toMatch(/^date: /);
    const orphan = planCopy((c) => {
      c.case = 'elders/case.json';
    });
    const r = await report([orphan, '-o', 'plan.docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^case: /);
    expect(readdirSync(dir)).not.toContain('plan.docx');
  });

  it('exits 2 without an input or -o, for a missing output directory and for a missing input', async () => {
    expect((await report([])).stderr).toBe(
      '<content.json>: geef een inhoudsbestand\n--output: geef het uitvoerbestand met -o <bestand.docx>\n',
    );
    expect((await report([PLAN, '-o', 'nergens/plan.docx'])).stderr).toBe(
      'nergens/plan.docx: de map bestaat niet\n',
    );
    expect((await report(['weg.json', '-o', 'plan.docx'])).stderr).toBe(
      'weg.json: bestand niet gevonden\n',
    );
  });

  it('applies a theme file, and names the field of an invalid one', async () => {
    writeFileSync(join(dir, 'huisstijl.json'), JSON.stringify({ colors: { primary: '#7A1F5C' } }));
    expect((await report([PLAN, '-o', 'plan.docx', '--theme', 'huisstijl.json'])).code).toBe(0);
    // The theme's colours are in the named styles (styles.xml), not on the text.
    expect(
      strFromU8(
        unzipSync(readFileSync(join(dir, 'plan.docx')))['word/styles.xml'] ?? new Uint8Array(),
      ),
    ).toContain('7A1F5C');
    writeFileSync(join(dir, 'fout.json'), JSON.stringify({ colors: { primary: 'paars' } }));
    const r = await report([PLAN, '-o', 'ander.docx', '--theme', 'fout.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^fout\.json:colors\.primary: /);
    writeFileSync(
      join(dir, 'logo.json'),
      JSON.stringify({ logo: { path: 'logo.png', width: 100, height: 40 } }),
    );
    expect((await report([PLAN, '-o', 'ander.docx', '--theme', 'logo.json'])).stderr).toBe(
      'logo.json:logo.path: bestand niet gevonden\n',
    );
  });

  it('fills a house-style template, and names the placeholders a template lacks', async () => {
    const template = join(REPO_ROOT, 'fixtures/templates/huisstijl.docx');
    expect((await report([PLAN, '-o', 'plan.docx', '--template', template])).code).toBe(0);
    const xml = documentXml(join(dir, 'plan.docx'));
    expect(xml).toContain('Sanne Verhoeven');
    expect(xml).not.toContain('{{');
    await report([PLAN, '-o', 'gewoon.docx']);
    const r = await report([PLAN, '-o', 'x.docx', '--template', 'gewoon.docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gewoon\.docx:\{\{inhoud\}\}: /m);
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
  });

  it('lists the document kinds with their Dutch and English titles', async () => {
    const r = await report(['--list']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toContain(
      're-integratieverslag    Re-integratieverslag (Reintegration report)',
    );
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(8);
  });

  it('leaves an existing output untouched when the document is refused, even with --force', async () => {
    writeFileSync(join(dir, 'plan.docx'), 'oud');
    const before = statSync(join(dir, 'plan.docx')).mtimeMs;
    const input = planCopy((c) => {
      delete c.probleemanalyseDate;
    });
    expect((await report([input, '-o', 'plan.docx', '--force'])).code).toBe(1);
    expect(readFileSync(join(dir, 'plan.docx'), 'utf8')).toBe('oud');
    expect(statSync(join(dir, 'plan.docx')).mtimeMs).toBe(before);
  });
});
