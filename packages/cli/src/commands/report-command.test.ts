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

  it('makes an internal copy without the BSN with --omit-bsn, and never of a re-integratieverslag', async () => {
    const bsn = JSON.parse(readFileSync(join(DOSSIER, 'case.json'), 'utf8')).employee.bsn as string;
    await report([PLAN, '-o', 'gewoon.docx']);
    expect(documentXml(join(dir, 'gewoon.docx'))).toContain(bsn);
    const copy = await report([PLAN, '-o', 'kopie.docx', '--omit-bsn']);
    expect(copy).toEqual({ code: 0, stdout: 'kopie.docx\n', stderr: '' });
    const xml = documentXml(join(dir, 'kopie.docx'));
    expect(xml).not.toContain(bsn);
    expect(xml).toContain('Interne kopie, zonder BSN');
    // Without a BSN in the case, the copy is complete: no finding about the missing BSN.
    const withoutBsn = JSON.parse(readFileSync(join(DOSSIER, 'case.json'), 'utf8'));
    delete withoutBsn.employee.bsn;
    const plan = planCopy(() => {});
    writeFileSync(join(dir, 'case.json'), JSON.stringify(withoutBsn));
    expect((await report([plan, '-o', 'zonder.docx'])).code).toBe(1);
    expect(await report([plan, '-o', 'zonder.docx', '--omit-bsn'])).toMatchObject({
      code: 0,
      stderr: '',
    });
    const verslag = await report([
      join(DOSSIER, '07-re-integratieverslag.json'),
      '-o',
      'riv.docx',
      '--omit-bsn',
    ]);
    expect(verslag).toEqual({
      code: 2,
      stdout: '',
      stderr: '--omit-bsn: een re-integratieverslag gaat naar UWV en draagt altijd het BSN\n',
    });
    expect(existsSync(join(dir, 'riv.docx'))).toBe(false);
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

describe('report --from-case', () => {
  const CASE = join(DOSSIER, 'case.json');
  /** A narrative in `dir`: the fixture content file without kind and case, changed by `edit`. */
  const narrative = (fixture: string, edit: (n: Record<string, unknown>) => void = () => {}) => {
    const {
      kind: _k,
      case: _c,
      $schema: _s,
      ...n
    } = JSON.parse(readFileSync(join(DOSSIER, fixture), 'utf8'));
    edit(n);
    writeFileSync(join(dir, 'verhaal.json'), JSON.stringify(n));
    return 'verhaal.json';
  };

  it('builds a progress report from the case: its period since the last report, its number in the title', async () => {
    // Dated 26 May: the register's report before it is of 14 April, so the period is 15 April –
    // 26 May, and the register numbers it 2.
    const r = await report([
      '--from-case',
      CASE,
      '--kind',
      'spoor-2-voortgang',
      '--date',
      '2025-05-26',
      '--narrative',
      narrative('05-spoor-2-voortgang.json', (n) => delete n.period),
      '-o',
      'v2.docx',
    ]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, 'v2.docx\n', '']);
    const xml = documentXml(join(dir, 'v2.docx'));
    for (const text of [
      'Voortgangsrapportage 2',
      '15 april 2025 tot en met 26 mei 2025',
      'Woonzorg De Linde',
      'uiterlijk 7 juli 2025',
    ])
      expect(xml).toContain(text);
  });

  it('takes the period from --from and --to, and says what the case cannot give', async () => {
    const r = await report([
      '--from-case',
      CASE,
      '--kind',
      'spoor-2-voortgang',
      '--from',
      '2025-02-17',
      '--to',
      '2025-04-11',
      '--date',
      '2025-04-14',
      '-o',
      'v1.docx',
    ]);
    // No narrative: its parts are missing (warnings); the April applications precede bemiddeling (info).
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n')).toContain(
      'employeeView: waarschuwing: Dit ontbreekt nog: de visie van de werknemer.',
    );
    // A fact of the case is named by the case file and its path there.
    expect(r.stderr).toContain(
      `${CASE}:spoor2.applications[0].date: info: Deze sollicitatie (1 april 2025)`,
    );
    expect(documentXml(join(dir, 'v1.docx'))).toContain(
      '17 februari 2025 tot en met 11 april 2025',
    );
  });

  it('refuses a trajectplan without its narrative (exit 1, nothing written)', async () => {
    const r = await report([
      '--from-case',
      CASE,
      '--kind',
      'spoor-2-trajectplan',
      '--date',
      '2025-03-03',
      '-o',
      'plan.docx',
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toContain(
      'persoonsprofiel: error: Missing: the personal profile.',
    );
    expect(existsSync(join(dir, 'plan.docx'))).toBe(false);
    const written = await report([
      '--from-case',
      CASE,
      '--kind',
      'spoor-2-trajectplan',
      '--narrative',
      narrative('04-spoor-2-trajectplan.json'),
      '-o',
      'plan.docx',
    ]);
    // The narrative's date (3 March) is the report's date.
    expect([written.code, written.stderr]).toEqual([0, '']);
    expect(documentXml(join(dir, 'plan.docx'))).toContain('Voortgangsrapportage 7');
  });

  it('names a problem of the narrative by file and field', async () => {
    const r = await report([
      '--from-case',
      CASE,
      '--kind',
      'spoor-2-eindrapportage',
      '--narrative',
      narrative('06-spoor-2-eindrapportage.json', (n) => {
        n.advice = '  ';
        n.diagnose = 'x';
      }),
      '-o',
      'eind.docx',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^verhaal\.json:advice: /m);
    expect(r.stderr).toMatch(/^verhaal\.json:diagnose: Onbekend veld/m);
    expect(existsSync(join(dir, 'eind.docx'))).toBe(false);
  });

  it('refuses a wrong request (exit 2) before it reads anything', async () => {
    const cases: [string[], string][] = [
      [['--from-case', CASE], '--kind: geef met --kind welke spoor-2-rapportage'],
      [
        ['--from-case', CASE, '--kind', 'plan-van-aanpak'],
        '--kind: ongeldige waarde: kies uit spoor-2-trajectplan, spoor-2-voortgang, spoor-2-eindrapportage',
      ],
      [
        ['--from-case', CASE, '--kind', 'spoor-2-eindrapportage', '--from', '2025-05-01'],
        '--from: alleen een voortgangsrapportage',
      ],
      [
        ['--from-case', CASE, '--kind', 'spoor-2-voortgang', '--number', '0'],
        '--number: geef een geheel getal van 1 of meer',
      ],
      [
        [
          '--from-case',
          CASE,
          '--kind',
          'spoor-2-voortgang',
          '--from',
          '2025-05-01',
          '--to',
          '2025-04-01',
        ],
        '--to: De einddatum ligt vóór de begindatum.',
      ],
      [
        [PLAN, '--from-case', CASE],
        '--from-case: geef een inhoudsbestand óf --from-case, niet allebei',
      ],
      [[PLAN, '--narrative', 'x.json'], '--narrative: deze optie hoort bij --from-case'],
    ];
    for (const [args, line] of cases) {
      const r = await report([...args, '-o', 'x.docx']);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain(line);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a case without a trajectory, and a narrative of another kind or with a case', async () => {
    writeFileSync(
      join(dir, 'zonder.json'),
      JSON.stringify({ sickPeriods: [{ start: '2025-01-06' }] }),
    );
    const bare = await report([
      '--from-case',
      'zonder.json',
      '--kind',
      'spoor-2-eindrapportage',
      '-o',
      'x.docx',
    ]);
    expect([bare.code, bare.stderr]).toEqual([
      2,
      'zonder.json: dit dossier heeft geen spoor-2-traject (spoor2)\n',
    ]);
    writeFileSync(
      join(dir, 'ander.json'),
      JSON.stringify({ kind: 'bijstelling', case: 'case.json' }),
    );
    const other = await report([
      '--from-case',
      CASE,
      '--kind',
      'spoor-2-eindrapportage',
      '--narrative',
      'ander.json',
      '-o',
      'x.docx',
      '--lang',
      'en',
    ]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain(
      '--kind: the content file is a document of another kind than --kind: bijstelling, not spoor-2-eindrapportage',
    );
    expect(other.stderr).toContain(
      'ander.json:case: the narrative names no case ("case"): that comes from --from-case',
    );
  });
});
