import { describe, expect, it } from 'vitest';
import { checkDocument } from '../completeness/check-document.js';
import { readDossierJson, resolveFixture } from '../test-support/fixture-dossier.js';
import { FIXTURE_AS_OF, inTextOrder, renderedFixture } from '../test-support/rendered-fixture.js';

const FILE = '03-eerstejaarsevaluatie.json';

describe('eerstejaarsevaluatie', () => {
  it("looks back with plain labels, the latest capacity assessment and the employee's view", async () => {
    const { text } = await renderedFixture(FILE);
    expect(
      inTextOrder(text, [
        'Terugblik op het eerste ziektejaar',
        'Uitgevoerde activiteiten: ',
        'Nakoming van de afspraken: ',
        'Bereikte doelen en wat niet lukte: ',
        'Laatste beoordeling van de belastbaarheid (FML): 10 december 2024',
        'Visie van de werknemer',
        'Ik ben blij met wat ik in de administratie kan doen',
        'Vooruitblik op het tweede ziektejaar',
      ]),
    ).toBe(true);
    expect(text).not.toMatch(/Gehouden activiteiten|of waarom niet/);
  });

  it("warns when the employee's view or the assessment date is missing", () => {
    const raw = readDossierJson(FILE) as Record<string, unknown>;
    delete raw.employeeView;
    delete raw.capacityAssessmentDate;
    const findings = checkDocument(resolveFixture(raw), { asOf: FIXTURE_AS_OF });
    expect(
      findings
        .filter((f) => f.code === 'document/eerstejaarsevaluatie/missing-part')
        .map((f) => [f.severity, f.path]),
    ).toEqual(
      expect.arrayContaining([
        ['warning', ['employeeView']],
        ['warning', ['capacityAssessmentDate']],
      ]),
    );
  });
});
