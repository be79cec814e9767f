import { describe, expect, it } from 'vitest';
import { DOCUMENT_FREE_TEXT } from './document-free-text.js';
import { documentJsonSchema } from './document-json-schema.js';
import { DOCUMENT_KINDS } from './document-kinds.js';
import { freeTextFields } from './free-text-fields.js';

describe('DOCUMENT_FREE_TEXT', () => {
  it('is what the document schemas say (vitest -u rewrites document-free-text.json)', async () => {
    const computed = Object.fromEntries(
      DOCUMENT_KINDS.map(({ kind }) => {
        const { case: _case, $schema: _schema, ...own } = documentJsonSchema(kind).properties ?? {};
        return [kind, freeTextFields({ type: 'object', properties: own })];
      }),
    );
    await expect(`${JSON.stringify(computed, null, 2)}\n`).toMatchFileSnapshot(
      './document-free-text.json',
    );
    expect(DOCUMENT_FREE_TEXT).toEqual(computed);
  });

  it('holds the texts a plan van aanpak is written in, and no date, enum or number', () => {
    const plan = DOCUMENT_FREE_TEXT['plan-van-aanpak'];
    expect(plan).toEqual(
      expect.arrayContaining(['functionalSummary.limitations.*', 'activities.*.what']),
    );
    expect(plan).not.toContain('date');
    expect(plan.filter((p) => p.startsWith('case'))).toEqual([]);
    expect(plan).not.toContain('endGoal');
    expect(plan).not.toContain('version');
    expect(plan).not.toContain('activities.*.who');
  });
});

describe('freeTextFields', () => {
  it('reads properties, list items, records and every alternative', () => {
    const schema = {
      type: 'object',
      properties: {
        title: { type: 'string' },
        date: { type: 'string', format: 'date' },
        who: { type: 'string', enum: ['werkgever', 'werknemer'] },
        kind: { const: 'x', type: 'string' },
        notes: { type: 'array', items: { type: 'string' } },
        labels: { type: 'object', additionalProperties: { type: 'string' } },
        either: { anyOf: [{ type: 'number' }, { type: ['string', 'null'] }] },
        hours: { type: 'number' },
      },
    };
    expect(freeTextFields(schema)).toEqual(['either', 'labels.*', 'notes.*', 'title']);
  });
});
