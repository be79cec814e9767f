import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentEndpoint, MAX_BODY_BYTES } from './endpoint.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const exampleCase = read('examples/case.json');
const dossierCase = JSON.parse(read('fixtures/dossier/case.json'));
const plan = JSON.parse(read('fixtures/dossier/01-plan-van-aanpak.json'));

describe('the document endpoint', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer(documentEndpoint());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (path: string, body: string) => fetch(`${base}${path}`, { method: 'POST', body });

  it('answers a posted case with its dossieroverzicht as a .docx attachment', async () => {
    const response = await post('/dossieroverzicht?asOf=2025-09-01', exampleCase);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="dossieroverzicht-2025-09-01.docx"',
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).toContain('Dossieroverzicht');
    // The as-of date is the document's date: "1 september 2025" in its text.
    expect(xml).toContain('1 september 2025');
    expect(Object.keys(files).some((f) => f.endsWith('.png'))).toBe(true);
  });

  it('answers a posted plan van aanpak (content with the case inline) with the document', async () => {
    const response = await post('/documents', JSON.stringify({ ...plan, case: dossierCase }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="plan-van-aanpak-2024-03-25.docx"',
    );
  });

  it('answers an invalid case with 400 and the issues by code and path, without input values', async () => {
    const response = await post(
      '/dossieroverzicht',
      JSON.stringify({ sickPeriods: [{ start: '2025-02-30' }], employee: { bsn: '123456789' } }),
    );
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const text = await response.text();
    const { issues } = JSON.parse(text) as { issues: { code: string; path: unknown[] }[] };
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['bsn/checksum', ['employee', 'bsn']],
      ['date/invalid', ['sickPeriods', 0, 'start']],
    ]);
    expect(text).not.toContain('123456789');
  });

  it('answers an incomplete document with 400 and what is missing', async () => {
    const response = await post(
      '/documents',
      JSON.stringify({ ...plan, case: dossierCase, signatures: [] }),
    );
    expect(response.status).toBe(400);
    const { issues } = (await response.json()) as { issues: { code: string; severity: string }[] };
    expect(issues.filter((i) => i.severity === 'error').map((i) => i.code)).toContain(
      'document/plan-van-aanpak/unsigned',
    );
  });

  it('refuses a bad as-of date, a body that is not JSON or too large, a wrong method or route', async () => {
    const codes = async (response: Response) =>
      [
        response.status,
        ((await response.json()) as { issues: { code: string }[] }).issues.map((i) => i.code),
      ] as const;
    expect(await codes(await post('/dossieroverzicht?asOf=2025-13-01', exampleCase))).toEqual([
      400,
      ['date/invalid'],
    ]);
    expect(await codes(await post('/dossieroverzicht', '{"sickPeriods": ['))).toEqual([
      400,
      ['request/json'],
    ]);
    expect(await codes(await post('/dossieroverzicht', ' '.repeat(MAX_BODY_BYTES + 1)))).toEqual([
      413,
      ['request/too-large'],
    ]);
    const get = await fetch(`${base}/dossieroverzicht`);
    expect(get.headers.get('allow')).toBe('POST');
    expect(await codes(get)).toEqual([405, ['request/method']]);
    expect(await codes(await post('/plan', exampleCase))).toEqual([404, ['request/not-found']]);
  });
});
