import { INPUT_ISSUE_MESSAGES, pathText } from '@poortwachter/core';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../messages/parse-with.js';
import { DOCUMENT_MESSAGES } from './document-messages.js';
import { RIV_REFERENCED_KINDS, rivPartKindSchema, rivPartSchema } from './riv-part-schema.js';
import { RIV_PART_TITLES } from './riv-part-titles.js';

describe('rivPartSchema', () => {
  it('accepts a referenced part and an attached part', () => {
    expect(rivPartSchema.safeParse({ kind: 'bijstelling', contentFile: 'b.json' }).success).toBe(
      true,
    );
    expect(
      rivPartSchema.safeParse({
        kind: 'actueel-oordeel',
        date: '2025-09-30',
        authors: [{ name: 'A. Smit', function: 'Bedrijfsarts' }],
        attachment: 'actueel-oordeel.pdf',
      }).success,
    ).toBe(true);
  });

  it('lets an attached part leave out date and authors (the completeness check reports them)', () => {
    expect(rivPartSchema.safeParse({ kind: 'probleemanalyse' }).success).toBe(true);
  });

  it('has no part for medical information', () => {
    expect(rivPartKindSchema.options).not.toContain('medische-informatie');
    const result = parseWith(rivPartSchema, { kind: 'medische-informatie' });
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.path, i.message.en])).toEqual([
      [
        'field/choice',
        ['kind'],
        `${INPUT_ISSUE_MESSAGES['field/choice'].en} Choose one of: ${rivPartKindSchema.options.join(', ')}.`,
      ],
    ]);
  });

  it('only references the kinds this library writes, never a verslag or dossieroverzicht', () => {
    expect(RIV_REFERENCED_KINDS).not.toContain('re-integratieverslag');
    expect(RIV_REFERENCED_KINDS).not.toContain('dossieroverzicht');
    for (const kind of RIV_REFERENCED_KINDS) expect(rivPartKindSchema.options).toContain(kind);
  });

  it('rejects title and authors on a referenced part, in Dutch and English', () => {
    const result = parseWith(rivPartSchema, {
      kind: 'bijstelling',
      contentFile: 'b.json',
      title: 'Evaluatie',
      authors: [],
    });
    expect(
      result.success ? [] : result.issues.map((i) => [pathText(i.path ?? []), i.code]),
    ).toEqual([
      ['authors', 'document/part-field-from-content-file'],
      ['title', 'document/part-field-from-content-file'],
    ]);
    expect(result.success ? [] : result.issues.map((i) => i.message)).toEqual([
      DOCUMENT_MESSAGES['document/part-field-from-content-file'],
      DOCUMENT_MESSAGES['document/part-field-from-content-file'],
    ]);
    expect(DOCUMENT_MESSAGES['document/part-field-from-content-file'].nl).toMatch(
      /^Een onderdeel met contentFile/,
    );
    expect(DOCUMENT_MESSAGES['document/part-field-from-content-file'].en).toMatch(
      /^A part with contentFile/,
    );
  });
});

describe('RIV_PART_TITLES', () => {
  it('has a Dutch and an English title for every kind of part', () => {
    expect(Object.keys(RIV_PART_TITLES).sort()).toEqual([...rivPartKindSchema.options].sort());
    for (const title of Object.values(RIV_PART_TITLES)) {
      expect(title.nl).toMatch(/\S/);
      expect(title.en).toMatch(/\S/);
    }
  });
});
