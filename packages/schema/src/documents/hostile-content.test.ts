import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS, type HostileKind, hostileContent } from '../../../../fixtures/hostile.js';
import { documentContentSchema } from './document-content-schema.js';
import { resolveDocumentContent } from './resolve-document-content.js';

const dir = new URL('../../../../fixtures/dossier/', import.meta.url);
const readJson = (name: string): unknown => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
const contentFiles = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'case.json')
  .sort();
const load = (p: string) => readJson(p);

/** Every string inside a value. */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : typeof value === 'object' && value !== null
      ? Object.values(value).flatMap(strings)
      : [];

describe('hostileContent (fixtures/hostile.ts)', () => {
  it.each(contentFiles)('keeps %s valid while every free text becomes hostile', (file) => {
    const content = readJson(file) as Parameters<typeof hostileContent>[0];
    const hostile = hostileContent({
      ...content,
      case: readJson('case.json') as Record<string, unknown>,
    });
    const result = resolveDocumentContent(hostile, load);
    expect(result.success ? [] : result.issues).toEqual([]);
    const texts = strings(hostile);
    for (const kind of Object.keys(HOSTILE_STRINGS) as HostileKind[]) {
      expect(texts, kind).toContain(HOSTILE_STRINGS[kind]);
    }
    // The BSN must pass the elfproef, so it stays as it is.
    expect(texts).toContain('123456782');
  });

  it('injects one kind everywhere on request and leaves dates and enum values alone', () => {
    const content = readJson('01-plan-van-aanpak.json') as Parameters<typeof hostileContent>[0];
    const hostile = hostileContent(content, { kind: 'nonCharacter' }) as Record<string, unknown>;
    expect(hostile.date).toBe('2024-03-25');
    expect(hostile.endGoal).toBe('own-work');
    expect(hostile.case).toBe('case.json');
    expect(hostile.endGoalExplanation).toBe(HOSTILE_STRINGS.nonCharacter);
    expect(HOSTILE_STRINGS.long).toHaveLength(10_000);
    expect(documentContentSchema.safeParse(hostile).success).toBe(true);
  });

  it('empties every list that may be empty', () => {
    const content = readJson('07-re-integratieverslag.json') as Parameters<
      typeof hostileContent
    >[0];
    const hostile = hostileContent(content, { emptyLists: true }) as Record<string, unknown>;
    expect(hostile.parts).toEqual([]);
    expect(hostile.skills).toEqual([]);
    expect((hostile.eindevaluatie as Record<string, unknown>).signatures).toEqual([]);
    expect(resolveDocumentContent(hostile, load).success).toBe(true);
  });

  it('does not change its input', () => {
    const content = readJson('05-spoor-2-voortgang.json') as Parameters<typeof hostileContent>[0];
    const before = JSON.stringify(content);
    hostileContent(content);
    expect(JSON.stringify(content)).toBe(before);
  });
});
