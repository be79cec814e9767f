import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocumentContent } from './parse-document-content.js';
import { resolveDocumentContent } from './resolve-document-content.js';

const dir = new URL('../../../../fixtures/dossier/', import.meta.url);
const readJson = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
const caseData = readJson('case.json');
const single = readdirSync(dir)
  .filter((f) => /^\d\d-.*\.json$/.test(f) && f !== '07-re-integratieverslag.json')
  .sort();

describe('parseDocumentContent', () => {
  it.each(single)(
    'gives %s with its case inline what resolveDocumentContent gives from files',
    (file) => {
      const inline = parseDocumentContent({ ...readJson(file), case: caseData });
      expect(inline.success ? [] : inline.issues).toEqual([]);
      expect(inline).toEqual(resolveDocumentContent(readJson(file), readJson));
    },
  );

  it('reports a case given as a path on "case", as not inline, and reads no file', () => {
    const result = parseDocumentContent(readJson('01-plan-van-aanpak.json'));
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ['document/not-inline', ['case']],
    ]);
    expect(JSON.stringify(result)).toContain('parseDocumentContent leest geen bestanden');
  });

  it('reports each part of a verslag that names a content file', () => {
    const riv = readJson('07-re-integratieverslag.json');
    const parts = riv.parts as { contentFile?: string }[];
    const result = parseDocumentContent({ ...riv, case: caseData });
    expect(result.success).toBe(false);
    if (result.success) return;
    const referenced = parts.flatMap((p, i) => (p.contentFile ? [i] : []));
    expect(referenced.length).toBeGreaterThan(0);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual(
      referenced.map((i) => ['document/not-inline', ['parts', i, 'contentFile']]),
    );
    expect(JSON.stringify(result.issues[0]?.message)).toContain('Give the content itself here');
  });

  it('resolves a verslag whose parts are all written elsewhere (no content files)', () => {
    const riv = readJson('07-re-integratieverslag.json');
    const attached = (riv.parts as { contentFile?: string }[]).filter((p) => !p.contentFile);
    const result = parseDocumentContent({ ...riv, case: caseData, parts: attached });
    expect(result.success ? [] : result.issues).toEqual([]);
    if (result.success && result.data.kind === 're-integratieverslag')
      expect(result.data.parts.map((p) => p.content)).toEqual(attached.map(() => undefined));
  });

  it('reports the problems of an inline case under "case", never echoing a value', () => {
    const result = parseDocumentContent({
      ...readJson('02-bijstelling.json'),
      case: { ...caseData, employee: { bsn: '123456789', diagnose: 'griep' } },
    });
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ['bsn/checksum', ['case', 'employee', 'bsn']],
      ['field/unknown', ['case', 'employee', 'diagnose']],
    ]);
    expect(JSON.stringify(result)).not.toMatch(/123456789|griep/);
  });
});
