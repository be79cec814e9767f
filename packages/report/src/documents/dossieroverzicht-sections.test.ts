import { checkCase } from '@poortwachter/core';
import { describe, expect, it } from 'vitest';
import { readDossierJson, resolveFixture } from '../test-support/fixture-dossier.js';
import { inTextOrder, renderedFixture } from '../test-support/rendered-fixture.js';

const FILE = '08-dossieroverzicht.json';

describe('dossieroverzicht', () => {
  it('heads the column of event dates "Uitgevoerd op"', async () => {
    const { text } = await renderedFixture(FILE);
    expect(
      inTextOrder(text, ['Mijlpalen', 'Mijlpaal', 'Uiterlijk', 'Uitgevoerd op', 'Status']),
    ).toBe(true);
    expect(text).not.toContain('Vastgelegd');
  });

  it('lists a milestone carried out late apart, not under the open findings', async () => {
    const content = resolveFixture(readDossierJson(FILE), 'dossieroverzicht');
    const findings = checkCase(content.case, { asOf: content.asOf });
    const late = findings.filter((f) => f.eventDate != null);
    const open = findings.filter((f) => f.eventDate == null);
    // The fixture has an evaluation held late (and open points as well).
    expect(late.length).toBeGreaterThan(0);
    expect(open.length).toBeGreaterThan(0);
    const { text } = await renderedFixture(FILE);
    const start = text.indexOf('Openstaande bevindingen');
    const apart = text.indexOf('Te laat uitgevoerd');
    expect(start).toBeGreaterThan(0);
    expect(apart).toBeGreaterThan(start);
    const openSection = text.slice(start, apart);
    const lateSection = text.slice(apart);
    for (const f of late) {
      expect(openSection).not.toContain(f.message.nl);
      expect(lateSection).toContain(f.message.nl);
    }
    for (const f of open) expect(openSection).toContain(f.message.nl);
  });
});
