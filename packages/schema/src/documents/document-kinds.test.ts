import { describe, expect, it } from 'vitest';
import { documentContentSchema } from './document-content-schema.js';
import { DOCUMENT_KINDS } from './document-kinds.js';

describe('DOCUMENT_KINDS', () => {
  it('lists the eight kinds of documents.md in its order, with Dutch and English titles', () => {
    expect(DOCUMENT_KINDS.map((k) => k.kind)).toEqual([
      'plan-van-aanpak',
      'bijstelling',
      'eerstejaarsevaluatie',
      'spoor-2-trajectplan',
      'spoor-2-voortgang',
      'spoor-2-eindrapportage',
      're-integratieverslag',
      'dossieroverzicht',
    ]);
    for (const { title } of DOCUMENT_KINDS) {
      expect(title.nl).not.toBe('');
      expect(title.en).not.toBe('');
      expect(title.nl).not.toBe(title.en);
    }
  });

  it('has a schema for every kind and a kind for every schema', () => {
    const schemaKinds = documentContentSchema.options.map((o) => o.shape.kind.value);
    expect(schemaKinds).toEqual(DOCUMENT_KINDS.map((k) => k.kind));
  });
});
