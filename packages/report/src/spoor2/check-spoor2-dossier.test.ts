import {
  type ResolvedReIntegratieverslagContent,
  resolveDocumentContent,
} from '@poortwachter/schema';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../completeness/check-document.js';
import { readDossierJson } from '../test-support/fixture-dossier.js';
import { checkSpoor2Dossier } from './check-spoor2-dossier.js';

// biome-ignore lint/suspicious/noExplicitAny: the edits reach into fixture JSON freely
type Json = any;

const VOORTGANG = '05-spoor-2-voortgang.json';

/**
 * The example re-integratieverslag, its progress report reading the case from a copy
 * (`case-kopie.json`, changed by `edit`) instead of the verslag's own case.
 */
function riv(edit: (copy: Json) => void): ResolvedReIntegratieverslagContent {
  const load = (file: string): unknown => {
    if (file === 'case-kopie.json') {
      const copy = readDossierJson('case.json') as Json;
      edit(copy);
      return copy;
    }
    const json = readDossierJson(file) as Json;
    return file === VOORTGANG ? { ...json, case: 'case-kopie.json' } : json;
  };
  const result = resolveDocumentContent(load('07-re-integratieverslag.json'), load);
  if (!result.success || result.data.kind !== 're-integratieverslag')
    throw new Error(JSON.stringify(result.success ? result.data.kind : result.issues));
  return result.data;
}

const partOf = (r: ResolvedReIntegratieverslagContent) =>
  r.parts.findIndex((p) => p.kind === 'spoor-2-voortgang');

describe('checkSpoor2Dossier', () => {
  it('finds nothing when the copy holds the same log for the report’s period', () => {
    // A later entry (9 September) outside the period 17 February – 11 April changes nothing.
    expect(checkSpoor2Dossier(riv((copy) => copy.spoor2.activities.pop()))).toEqual([]);
  });

  it('refuses a report whose figures differ from the verslag’s log for its period', () => {
    // The copy lacks the application of 3 April: 2 applications in the report, 3 in the log.
    const r = riv((copy) => copy.spoor2.applications.splice(1, 1));
    const findings = checkSpoor2Dossier(r);
    expect(findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      [
        'document/re-integratieverslag/totals-disagree',
        'error',
        ['parts', partOf(r), 'contentFile'],
      ],
    ]);
    expect(findings[0]?.message.en).toBe(
      `Part ${partOf(r) + 1} (Track 2 progress report) states other figures (number, applications, interviews, activities, hours or phases) than the log in the verslag's case for the same period.`,
    );
    expect(checkDocument(r, { asOf: '2025-11-01' }).map((f) => f.code)).toContain(
      'document/re-integratieverslag/totals-disagree',
    );
  });

  it('refuses a report numbered otherwise by its copy of the register', () => {
    // The copy records the report of 14 April as number 5.
    const r = riv((copy) => (copy.spoor2.reports[1].number = 5));
    expect(checkSpoor2Dossier(r).map((f) => f.path)).toEqual([['parts', partOf(r), 'contentFile']]);
  });
});
