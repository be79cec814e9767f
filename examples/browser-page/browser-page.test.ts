import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo } from './build-demo.js';
import { serveDemo } from './serve.js';

// A real Chromium (Debian's, installed by .ci/run) drives the demo page: core, schema and the main
// entry of report run in the browser, including the WebAssembly rasteriser of the timeline picture.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('the browser demo in Chromium', () => {
  let dir: string;
  let server: Server;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pw-browser-'));
    await buildDemo(dir);
    const served = await serveDemo(dir);
    server = served.server;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(served.url);
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('computes the timeline and findings of the example case', async () => {
    await page.click('#compute');
    await page.waitForSelector('#timeline:not([hidden])');
    const rows = await page.locator('#timeline tbody tr').allInnerTexts();
    expect(rows.find((r) => r.startsWith('Probleemanalyse'))).toMatch(
      /16 februari 2025\s+done\s+14 februari 2025/,
    );
    expect(rows.at(-1)).toMatch(/^Einde wachttijd/);
    expect(await page.textContent('#summary')).toContain('Eerste ziektedag 6 januari 2025');
    expect(await page.locator('#findings li').count()).toBeGreaterThan(0);
    await page.screenshot({
      path: join(tmpdir(), 'poortwachter-browser-demo.png'),
      fullPage: true,
    });
    expect(pageErrors).toEqual([]);
  });

  it('shows field paths for an invalid case, without the input values', async () => {
    const original = await page.inputValue('#case');
    await page.fill(
      '#case',
      JSON.stringify({ sickPeriods: [{ start: '2025-02-30' }], employee: { bsn: '123456789' } }),
    );
    await page.click('#compute');
    const text = (await page.textContent('#errors')) ?? '';
    expect(text).toContain(
      'sickPeriods[0].start: Dit is geen bestaande datum in de vorm JJJJ-MM-DD.',
    );
    expect(text).toContain('employee.bsn');
    expect(text).not.toContain('123456789');
    await page.fill('#case', original);
  });

  it('renders the dossieroverzicht .docx with its picture in the page', async () => {
    await page.click('#render');
    await page.waitForSelector('#download:not([hidden])', { timeout: 30_000 });
    const bytes = await page.evaluate(async () => {
      const href = (document.getElementById('download') as HTMLAnchorElement).href;
      const buf = new Uint8Array(await (await fetch(href)).arrayBuffer());
      const latin = Array.from(buf, (b) => String.fromCharCode(b)).join('');
      return {
        size: buf.length,
        magic: latin.slice(0, 2),
        hasPng: latin.includes('.png'),
        hasSvg: latin.includes('.svg'),
      };
    });
    expect(bytes.magic).toBe('PK');
    expect(bytes.size).toBeGreaterThan(10_000);
    expect(bytes.hasPng && bytes.hasSvg).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
