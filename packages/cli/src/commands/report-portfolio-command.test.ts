import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { run } from '../run.js';
import { captureIo } from '../testing/capture-io.js';
import { REPO_ROOT } from '../testing/fixture-path.js';

const FOLDER = join(REPO_ROOT, 'fixtures/portfolio');

const report = async (args: string[], cwd: string) => {
  const captured = captureIo({ cwd });
  const code = await run(['report', 'portfolio', ...args], captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
};

const documentXml = (file: string) =>
  new TextDecoder().decode(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml']);

describe('report portfolio', () => {
  it('writes the management report of a folder of case files and prints its path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'poortwachter-report-portfolio-'));
    const r = await report(
      [FOLDER, '--as-of', '2025-09-01', '--group-by', 'afdeling', '-o', 'rapportage.docx'],
      dir,
    );
    expect(r).toEqual({ code: 0, stdout: 'rapportage.docx\n', stderr: '' });
    const xml = documentXml(join(dir, 'rapportage.docx'));
    expect(xml).toContain('Managementrapportage verzuim en re-integratie');
    expect(xml).toContain('Per afdeling');
    expect(xml).toContain('Bijlage: werklijst');
    // The cases are named by their references only.
    expect(xml).toContain('PF-7');
  });

  it('refuses an existing file without --force, and a missing -o, before reading anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'poortwachter-report-portfolio-'));
    writeFileSync(join(dir, 'bestaat.docx'), 'x');
    const exists = await report([FOLDER, '-o', 'bestaat.docx'], dir);
    expect(exists.code).toBe(2);
    expect(exists.stderr).toContain('bestaat.docx: bestaat al; gebruik --force');
    const missing = await report([FOLDER, '--window', 'x'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      '--window: geef een geheel aantal dagen, 0 of meer\n--output: geef het uitvoerbestand met -o <bestand.docx>\n',
    );
  });

  it('skips invalid files, lists them, writes the report and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'poortwachter-report-portfolio-'));
    writeFileSync(join(dir, 'pf-1.json'), readFileSync(join(FOLDER, 'pf-1.json')));
    writeFileSync(join(dir, 'kapot.json'), '{');
    const r = await report(['.', '--as-of', '2025-09-01', '-o', 'out.docx'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^kapot\.json: geen geldige JSON/);
    expect(existsSync(join(dir, 'out.docx'))).toBe(true);
  });
});
