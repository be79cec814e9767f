import { describe, expect, it } from 'vitest';
import { AGREEMENT_TEXT, DESKUNDIGENOORDEEL_TEXT } from '../blocks/employee-agreement.js';
import { checkDocument } from '../completeness/check-document.js';
import { DocumentIncompleteError } from '../render/document-incomplete-error.js';
import { readDossierJson, resolveFixture } from '../test-support/fixture-dossier.js';
import { FIXTURE_AS_OF, inTextOrder, renderedFixture } from '../test-support/rendered-fixture.js';

const FILE = '01-plan-van-aanpak.json';
type Raw = Record<string, unknown> & { functionalSummary: Record<string, unknown> };

describe('plan van aanpak', () => {
  it('gives each activity its goal and the tussendoel it serves (art. 4 Regeling procesgang)', async () => {
    const { text } = await renderedFixture(FILE);
    expect(
      inTextOrder(text, [
        'Tussendoelen',
        'Nr.',
        '1',
        '4 uur per dag aangepast werk',
        'Activiteiten en stappen',
        'Wie',
        'Wat en waarom',
        'Tussendoel',
        'Uiterlijk',
        'Werkgever',
        'Aangepaste werkplek inrichten op het expeditiekantoor (zit-stabureau, headset).',
        // The goal is a paragraph of its own below the activity, not run into it.
        '\n\nDoel: Zittend en staand werken afwisselen binnen de beperkingen.',
        'nr. 1',
        '1 april 2024',
      ]),
    ).toBe(true);
  });

  it("states the employee's position and the right to a deskundigenoordeel before the signatures", async () => {
    const { text } = await renderedFixture(FILE);
    expect(
      inTextOrder(text, [
        'Instemming van de werknemer',
        AGREEMENT_TEXT.agrees,
        'Toelichting van de werknemer: Ik wil graag ook na de opbouw de ochtenddiensten houden.',
        DESKUNDIGENOORDEEL_TEXT,
        'Ondertekening',
      ]),
    ).toBe(true);
    expect(DESKUNDIGENOORDEEL_TEXT).toContain('artikel 32 Wet SUWI');
    const disagrees = await renderedFixture(FILE, (raw) => {
      raw.employeeAgreement = { agrees: false };
    });
    expect(disagrees.text).toContain(AGREEMENT_TEXT.disagrees);
    expect(disagrees.text).toContain(DESKUNDIGENOORDEEL_TEXT);
  });

  it('treats empty limitations as incomplete: refused, and a concept never says "Geen."', async () => {
    const raw = readDossierJson(FILE) as Raw;
    raw.functionalSummary.limitations = [];
    const findings = checkDocument(resolveFixture(raw), { asOf: FIXTURE_AS_OF });
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: 'document/plan-van-aanpak/missing-part',
        severity: 'error',
        path: ['functionalSummary', 'limitations'],
      }),
    );
    await expect(
      renderedFixture(FILE, (r) => {
        (r as Raw).functionalSummary.limitations = [];
      }),
    ).rejects.toBeInstanceOf(DocumentIncompleteError);
    const { text } = await renderedFixture(
      FILE,
      (r) => {
        (r as Raw).functionalSummary.limitations = [];
      },
      { allowIncomplete: true },
    );
    expect(inTextOrder(text, ['Beperkingen', 'Nog niet ingevuld.', 'Mogelijkheden'])).toBe(true);
    expect(text).not.toMatch(/Beperkingen\s+Geen\./);
  });

  it('warns about an activity without a goal and refuses one that names a tussendoel the plan lacks', () => {
    const raw = readDossierJson(FILE) as Raw & { activities: Record<string, unknown>[] };
    raw.activities[0] = { who: 'werkgever', what: 'Werkplek aanpassen', intermediateGoal: 4 };
    const findings = checkDocument(resolveFixture(raw), { asOf: FIXTURE_AS_OF });
    expect(findings.map((f) => [f.code, f.severity, f.path])).toEqual(
      expect.arrayContaining([
        [
          'document/plan-van-aanpak/unknown-intermediate-goal',
          'error',
          ['activities', 0, 'intermediateGoal'],
        ],
        ['document/plan-van-aanpak/missing-part', 'warning', ['activities', 0, 'goal']],
      ]),
    );
    // The fixture's three tussendoelen: 4 is one too many, 3 is fine.
    raw.activities[0] = {
      who: 'werkgever',
      what: 'Werkplek aanpassen',
      goal: 'Zitten',
      intermediateGoal: 3,
    };
    expect(
      checkDocument(resolveFixture(raw), { asOf: FIXTURE_AS_OF }).filter(
        (f) => String(f.path?.[0]) === 'activities',
      ),
    ).toEqual([]);
  });
});
