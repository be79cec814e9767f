import { readdirSync, readFileSync } from 'node:fs';
import { pathText } from '@poortwachter/core';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_MESSAGES } from './document-messages.js';
import { resolveDocumentContent } from './resolve-document-content.js';

const dir = new URL('../../../../fixtures/dossier/', import.meta.url);
const readJson = (name: string): unknown => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
const contentFiles = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'case.json')
  .sort();
const caseFile = readJson('case.json') as Record<string, unknown>;

/** A `load` over an in-memory folder; a missing file throws like `readFileSync` does. */
const memoryLoad =
  (files: Record<string, unknown>) =>
  (path: string): unknown => {
    if (!(path in files)) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    return structuredClone(files[path]);
  };

const pva = { kind: 'plan-van-aanpak', date: '2024-03-25', case: 'case.json' };

describe('resolveDocumentContent', () => {
  it.each(contentFiles)('resolves the fixture %s with its case', (file) => {
    const loaded: string[] = [];
    const result = resolveDocumentContent(readJson(file), (p) => {
      loaded.push(p);
      return readJson(p);
    });
    expect(result.success ? [] : result.issues).toEqual([]);
    if (result.success) expect(result.data.case.employee?.bsn).toBe('123456782');
    expect(loaded).toContain('case.json');
  });

  it('loads every referenced part of the verslag once and gives it the case', () => {
    const loaded: string[] = [];
    const result = resolveDocumentContent(readJson('07-re-integratieverslag.json'), (p) => {
      loaded.push(p);
      return readJson(p);
    });
    expect(result.success).toBe(true);
    if (!result.success || result.data.kind !== 're-integratieverslag') return;
    const referenced = result.data.parts.filter((p) => p.content !== undefined);
    expect(referenced.map((p) => p.content?.kind)).toEqual([
      'plan-van-aanpak',
      'bijstelling',
      'eerstejaarsevaluatie',
      'spoor-2-trajectplan',
      'spoor-2-voortgang',
      'spoor-2-eindrapportage',
    ]);
    for (const part of referenced)
      expect(part.content?.case.employee?.name).toBe('Sanne Verhoeven');
    expect(loaded.filter((p) => p === 'case.json')).toHaveLength(1);
  });

  it('accepts an inline case and reports its problems under "case"', () => {
    const ok = resolveDocumentContent({ ...pva, case: caseFile }, memoryLoad({}));
    expect(ok.success).toBe(true);
    const bad = resolveDocumentContent(
      { ...pva, case: { ...caseFile, employee: { bsn: '123456789', diagnose: 'griep' } } },
      memoryLoad({}),
    );
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(bad.issues.map((i) => [pathText(i.path ?? []), i.code])).toEqual([
        ['case.employee.bsn', 'bsn/checksum'],
        ['case.employee.diagnose', 'field/unknown'],
      ]);
      expect(JSON.stringify(bad.issues)).not.toMatch(/123456789|griep/);
    }
  });

  it('reports a case file that cannot be loaded on the field "case", without a stack', () => {
    const result = resolveDocumentContent(pva, memoryLoad({}));
    expect(result).toEqual({
      success: false,
      issues: [
        {
          code: 'file/not-found',
          path: ['case'],
          message: { nl: 'Bestand niet gevonden.', en: 'File not found.' },
        },
      ],
    });
    expect(JSON.stringify(result)).not.toMatch(/ENOENT|case\.json|stack/);
  });

  it('reports a file that is not JSON as such', () => {
    const result = resolveDocumentContent(pva, () => JSON.parse('{ niet: json'));
    expect(
      result.success ? [] : result.issues.map((i) => [pathText(i.path ?? []), i.code]),
    ).toEqual([['case', 'file/invalid-json']]);
  });

  it('reports a content file without case', () => {
    const result = resolveDocumentContent(
      { kind: 'bijstelling', date: '2024-05-02' },
      memoryLoad({}),
    );
    expect(result).toEqual({
      success: false,
      issues: [
        {
          code: 'document/case-missing',
          path: ['case'],
          message: DOCUMENT_MESSAGES['document/case-missing'],
        },
      ],
    });
  });

  it('returns the content problems before loading anything', () => {
    let calls = 0;
    const result = resolveDocumentContent({ ...pva, diagnose: 'x' }, () => {
      calls += 1;
      return caseFile;
    });
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ['field/unknown', ['diagnose']],
    ]);
    expect(calls).toBe(0);
  });

  describe('parts of a re-integratieverslag', () => {
    const riv = (parts: unknown[]) => ({
      kind: 're-integratieverslag',
      date: '2025-10-14',
      variant: 'volledig',
      case: 'case.json',
      parts,
    });

    it('reports a part file that cannot be loaded on its contentFile', () => {
      const result = resolveDocumentContent(
        riv([{ kind: 'plan-van-aanpak', contentFile: 'ontbreekt.json' }]),
        memoryLoad({ 'case.json': caseFile }),
      );
      expect(
        result.success ? [] : result.issues.map((i) => [pathText(i.path ?? []), i.code]),
      ).toEqual([['parts[0].contentFile', 'file/not-found']]);
    });

    it('prefixes the problems inside a part file with the field that names it', () => {
      const result = resolveDocumentContent(
        riv([{ kind: 'plan-van-aanpak', contentFile: 'pva.json' }]),
        memoryLoad({
          'case.json': caseFile,
          'pva.json': { ...pva, activities: [{ who: 'iemand', what: 'x' }] },
        }),
      );
      expect(
        result.success ? [] : result.issues.map((i) => [i.code, pathText(i.path ?? [])]),
      ).toEqual([['field/choice', 'parts[0].contentFile.activities[0].who']]);
    });

    it('rejects a part whose file is of another kind, such as a verslag in a verslag', () => {
      const result = resolveDocumentContent(
        riv([
          { kind: 'bijstelling', contentFile: 'pva.json' },
          { kind: 'plan-van-aanpak', contentFile: 'riv.json' },
        ]),
        memoryLoad({ 'case.json': caseFile, 'pva.json': pva, 'riv.json': riv([]) }),
      );
      expect(
        result.success ? [] : result.issues.map((i) => [pathText(i.path ?? []), i.code]),
      ).toEqual([
        ['parts[0].kind', 'document/part-kind-mismatch'],
        ['parts[1].kind', 'document/part-kind-mismatch'],
      ]);
    });

    it('resolves the case of a part relative to the part file, and defaults to the verslag case', () => {
      const other = { ...caseFile, employee: { name: 'Iemand Anders' } };
      const result = resolveDocumentContent(
        riv([
          { kind: 'plan-van-aanpak', contentFile: 'delen/pva.json' },
          { kind: 'bijstelling', contentFile: 'delen/bijstelling.json' },
        ]),
        memoryLoad({
          'case.json': caseFile,
          'delen/case.json': other,
          'delen/pva.json': pva,
          'delen/bijstelling.json': { kind: 'bijstelling', date: '2024-05-02' },
        }),
      );
      expect(result.success).toBe(true);
      if (!result.success || result.data.kind !== 're-integratieverslag') return;
      expect(result.data.parts.map((p) => p.content?.case.employee?.name)).toEqual([
        'Iemand Anders',
        'Sanne Verhoeven',
      ]);
    });

    it('keeps an externally written part as it is', () => {
      const part = { kind: 'actueel-oordeel', date: '2025-09-30', authors: [{ name: 'A. Smit' }] };
      const result = resolveDocumentContent(riv([part]), memoryLoad({ 'case.json': caseFile }));
      expect(result.success).toBe(true);
      if (result.success && result.data.kind === 're-integratieverslag') {
        expect(result.data.parts[0]).toMatchObject({ ...part, content: undefined });
      }
    });

    it('rejects a part with both a contentFile and its own date, and an attached kind by file', () => {
      const result = resolveDocumentContent(
        riv([
          { kind: 'plan-van-aanpak', contentFile: 'pva.json', date: '2024-03-25' },
          { kind: 'actueel-oordeel', contentFile: 'ao.json' },
        ]),
        memoryLoad({}),
      );
      expect(
        result.success ? [] : result.issues.map((i) => [pathText(i.path ?? []), i.code]),
      ).toEqual([
        ['parts[0].date', 'document/part-field-from-content-file'],
        ['parts[1].kind', 'document/part-not-referenceable'],
      ]);
      expect(result.success ? [] : result.issues.map((i) => i.message)).toEqual([
        DOCUMENT_MESSAGES['document/part-field-from-content-file'],
        DOCUMENT_MESSAGES['document/part-not-referenceable'],
      ]);
      expect(DOCUMENT_MESSAGES['document/part-not-referenceable'].en).toMatch(/^This kind of part/);
    });
  });
});
