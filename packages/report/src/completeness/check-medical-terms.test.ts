import { nodeRasterizer } from '@poortwachter/report-raster/node';
import { type ResolvedDocumentContent, resolveDocumentContent } from '@poortwachter/schema';
import { describe, expect, it } from 'vitest';
import { CONCEPT_TEXT } from '../blocks/concept-marking.js';
import { PRIVACY_TEXT } from '../blocks/privacy-line.js';
import { DocumentIncompleteError } from '../render/document-incomplete-error.js';
import { renderDocument } from '../render/render-document.js';
import { docxParts } from '../test-support/docx-parts.js';
import { fixtureDossier, readDossierJson } from '../test-support/fixture-dossier.js';
import { checkDocument } from './check-document.js';
import { checkMedicalTerms } from './check-medical-terms.js';
import { passesMedicalScreen } from './passes-medical-screen.js';

const AS_OF = '2025-11-01';
const rasterizer = nodeRasterizer();
const HOSTILE =
  'Diagnose: hernia L4-L5, gebruikt oxycodon; depressie en burn-out volgens psychiater';
const PVA = '01-plan-van-aanpak.json';
const RIV = '07-re-integratieverslag.json';

// biome-ignore lint/suspicious/noExplicitAny: the edits reach into fixture JSON freely
type Json = any;
type Path = (string | number)[];

/** Resolves a fixture after applying `edits` to the files it loads (by file name). */
function resolved(
  file: string,
  edits: Record<string, (json: Json) => void> = {},
): ResolvedDocumentContent | undefined {
  const read = (name: string) => {
    const json = readDossierJson(name) as Json;
    edits[name]?.(json);
    return json;
  };
  const result = resolveDocumentContent(read(file), read);
  return result.success ? result.data : undefined;
}

const hostilePlan = { [PVA]: (j: Json) => (j.functionalSummary.limitations[0] = HOSTILE) };

async function refusal(content: ResolvedDocumentContent): Promise<DocumentIncompleteError> {
  const error = await renderDocument(content, { asOf: AS_OF, rasterizer }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DocumentIncompleteError);
  return error as DocumentIncompleteError;
}

const medicalFindings = (error: DocumentIncompleteError) =>
  error.issues
    .filter((f) => f.code.endsWith('/medical-term'))
    .map((f) => [f.code, f.severity, f.path]);

/** Every string leaf of a JSON value, with its path. */
function leaves(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, [...path, i]));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  return [];
}

function setAt(root: Json, path: Path, value: unknown): void {
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1] as string | number] = value;
}

/** Keys whose strings name a person, organisation, place, job or file: never screened. */
const NAMES = new Set([
  'case',
  'contentFile',
  '$schema',
  'name',
  'function',
  'functions',
  'organisation',
  'address',
  'place',
  'email',
  'phone',
  'contact',
  'employer',
  'sectors',
]);

describe('checkMedicalTerms', () => {
  it.each(fixtureDossier())(
    'finds nothing in the fixture $file, nor in its parts',
    ({ content }) => {
      expect(checkMedicalTerms(content)).toEqual([]);
      expect(passesMedicalScreen(content)).toBe(true);
      expect(
        checkDocument(content, { asOf: AS_OF }).filter((f) => f.code.endsWith('/medical-term')),
      ).toEqual([]);
    },
  );

  it.each(fixtureDossier().map(({ file }) => file))(
    'screens every free-text field of %s and skips dates, enum values and names',
    (file) => {
      // Each string of the content file in turn becomes a medical sentence. Where the schema
      // takes it (free text, or a name), the screen must report exactly that field, or nothing
      // for a name; where the schema refuses it (a date, an enum value), it never reaches the
      // screen. At least one free-text field per kind is screened.
      let screened = 0;
      for (const path of leaves(readDossierJson(file))) {
        const content = resolved(file, { [file]: (j) => setAt(j, path, 'Gebruikt oxycodon.') });
        if (content === undefined) continue;
        const paths = checkMedicalTerms(content).map((f) => f.path);
        if (path.some((key) => NAMES.has(String(key)))) {
          expect(paths, path.join('.')).toEqual([]);
        } else {
          expect(paths, path.join('.')).toEqual([path]);
          screened++;
        }
      }
      expect(screened).toBeGreaterThan(0);
    },
  );

  it('refuses the plan whose limitations name a diagnosis, medication and a psychiatrist', async () => {
    const content = resolved(PVA, hostilePlan) as ResolvedDocumentContent;
    const error = await refusal(content);
    expect(medicalFindings(error)).toEqual([
      ['document/plan-van-aanpak/medical-term', 'error', ['functionalSummary', 'limitations', 0]],
    ]);
    const finding = error.issues.find((f) => f.code.endsWith('/medical-term'));
    expect(finding?.message.nl).toBe(
      'Dit veld bevat medische gegevens (diagnose of ziektebeeld, aard of oorzaak van de ziekte, medicatie en behandelaar of zorginstelling); een werkgever mag die niet vastleggen. Beschrijf alleen functionele beperkingen en mogelijkheden.',
    );
    for (const word of ['hernia', 'oxycodon', 'depressie', 'psychiater'])
      expect(JSON.stringify(error.issues)).not.toContain(word);
  });

  it('refuses a re-integratieverslag whose inline plan names them, with the path of that part', async () => {
    const content = resolved(RIV, hostilePlan) as ResolvedDocumentContent;
    const index = (readDossierJson(RIV) as Json).parts.findIndex(
      (p: Json) => p.contentFile === PVA,
    );
    expect(medicalFindings(await refusal(content))).toEqual([
      [
        'document/plan-van-aanpak/medical-term',
        'error',
        ['parts', index, 'contentFile', 'functionalSummary', 'limitations', 0],
      ],
    ]);
    expect(passesMedicalScreen(content)).toBe(false);
  });

  it('refuses a re-integratieverslag with an extra part titled "Medische informatie"', async () => {
    const extra = {
      kind: 'overig',
      date: '2025-09-30',
      authors: [{ name: 'Petra de Boer', function: 'HR-adviseur en casemanager' }],
      title: 'Medische informatie',
    };
    const content = resolved(RIV, { [RIV]: (j) => j.parts.push(extra) }) as ResolvedDocumentContent;
    const index = (readDossierJson(RIV) as Json).parts.length;
    expect(medicalFindings(await refusal(content))).toEqual([
      ['document/re-integratieverslag/medical-term', 'error', ['parts', index, 'title']],
    ]);
  });

  it('prints the privacy line only on a document that passed the screen', async () => {
    const partsOf = async (content: ResolvedDocumentContent) =>
      docxParts(await renderDocument(content, { asOf: AS_OF, allowIncomplete: true, rasterizer }));
    const clean = await partsOf(resolved(PVA) as ResolvedDocumentContent);
    expect(clean['word/document.xml']).toContain(PRIVACY_TEXT);
    const medical = await partsOf(resolved(PVA, hostilePlan) as ResolvedDocumentContent);
    expect(Object.values(medical).join('')).toContain(CONCEPT_TEXT);
    expect(medical['word/document.xml']).toContain('Dit veld bevat medische gegevens');
    expect(Object.values(medical).join('')).not.toContain(PRIVACY_TEXT);
  });
});
