import { readdirSync, readFileSync } from 'node:fs';
import { INPUT_ISSUE_MESSAGES, pathText } from '@poortwachter/core';
import { describe, expect, it } from 'vitest';
import { parseWith } from '../messages/parse-with.js';
import { documentContentSchema } from './document-content-schema.js';

const dir = new URL('../../../../fixtures/dossier/', import.meta.url);
const readJson = (name: string): unknown => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
const contentFiles = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'case.json')
  .sort();

/** Every path of an object (not of a list) inside a value, the root included. */
function objectPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => objectPaths(item, [...path, i]));
  if (typeof value !== 'object' || value === null) return [];
  return [
    path,
    ...Object.entries(value).flatMap(([key, item]) => objectPaths(item, [...path, key])),
  ];
}

function withKey(value: unknown, path: (string | number)[], key: string): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const segment of path) node = node[segment] as Record<string | number, unknown>;
  node[key] = 'Hernia; fysiotherapie 2x per week';
  return copy;
}

describe('documentContentSchema', () => {
  it('has one complete fixture for each of the eight kinds', () => {
    const kinds = contentFiles.map((f) => (readJson(f) as { kind: string }).kind);
    expect(kinds).toEqual(documentContentSchema.options.map((o) => o.shape.kind.value));
  });

  it.each(contentFiles)('parses the fixture %s', (file) => {
    const result = documentContentSchema.safeParse(readJson(file));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(contentFiles)('rejects a "diagnose" key in every object of %s', (file) => {
    const content = readJson(file);
    const paths = objectPaths(content);
    expect(paths.length).toBeGreaterThan(1);
    for (const path of paths) {
      const result = parseWith(documentContentSchema, withKey(content, path, 'diagnose'));
      expect(result.success, `diagnose at ${JSON.stringify(path)}`).toBe(false);
      if (!result.success) {
        expect(result.issues).toContainEqual({
          code: 'field/unknown',
          path: [...path, 'diagnose'],
          message: INPUT_ISSUE_MESSAGES['field/unknown'],
        });
        expect(JSON.stringify(result.issues)).not.toContain('Hernia');
      }
    }
  });

  it('applies defaults: version 1 and empty lists', () => {
    const data = documentContentSchema.parse({ kind: 'plan-van-aanpak', date: '2024-03-25' });
    expect(data).toMatchObject({ version: 1, authors: [], activities: [], signatures: [] });
  });

  it("rejects a date that does not exist with core's code and words, in Dutch and English", () => {
    expect(parseWith(documentContentSchema, { kind: 'bijstelling', date: '2024-02-30' })).toEqual({
      success: false,
      issues: [
        { code: 'date/invalid', path: ['date'], message: INPUT_ISSUE_MESSAGES['date/invalid'] },
      ],
    });
  });

  it('names the allowed kinds for an unknown or missing kind', () => {
    const kinds = documentContentSchema.options.map((o) => o.shape.kind.value).join(', ');
    expect(kinds).toContain('plan-van-aanpak');
    expect(
      parseWith(documentContentSchema, { kind: 'medische-informatie', date: '2024-01-01' }),
    ).toEqual({
      success: false,
      issues: [
        {
          code: 'field/choice',
          path: ['kind'],
          message: {
            nl: `${INPUT_ISSUE_MESSAGES['field/choice'].nl} Kies één van: ${kinds}.`,
            en: `${INPUT_ISSUE_MESSAGES['field/choice'].en} Choose one of: ${kinds}.`,
          },
        },
      ],
    });
    const missing = parseWith(documentContentSchema, { date: '2024-01-01' });
    expect(missing.success ? [] : missing.issues.map((i) => [i.code, i.path])).toEqual([
      ['field/required', ['kind']],
    ]);
  });

  it('never echoes a BSN typed into a text field or used as a key', () => {
    const input = {
      kind: 'plan-van-aanpak',
      date: '2024-03-25',
      endGoal: '123456782',
      activities: [{ who: 'werkgever', what: 'x', '123456782': 'y' }],
    };
    const result = parseWith(documentContentSchema, input);
    expect(result.success ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ['field/choice', ['endGoal']],
      ['field/unknown', ['activities', 0, '…']],
    ]);
    expect(JSON.stringify(result)).not.toContain('123456782');
  });

  it('rejects a blank text and a spoor-2 skip without a known ground', () => {
    const result = parseWith(documentContentSchema, {
      kind: 'eerstejaarsevaluatie',
      date: '2025-01-14',
      lookAhead: { approach: '   ' },
      spoor2Decision: { decision: 'skip', ground: 'geen-zin' },
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues.map((i) => [pathText(i.path ?? []), i.code])).toEqual([
        ['lookAhead.approach', 'text/blank'],
        ['spoor2Decision.ground', 'field/choice'],
      ]);
    }
  });
});
