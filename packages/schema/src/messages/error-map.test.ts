import { type Lang } from '@poortwachter/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorMap } from './error-map.js';

const messages = (schema: z.ZodType, input: unknown, lang: Lang = 'nl'): string[] => {
  const result = schema.safeParse(input, { error: errorMap(lang) });
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('errorMap', () => {
  const shape = z.strictObject({ name: z.string(), n: z.number().int().min(1).max(52).optional() });

  it('says a missing field is required and a non-object root must be an object', () => {
    expect(messages(shape, {})).toEqual(['Dit veld is verplicht.']);
    expect(messages(shape, {}, 'en')).toEqual(['This field is required.']);
    expect(messages(shape, [])).toEqual(['De invoer moet een JSON-object zijn: { … }.']);
    expect(messages(shape, 'x', 'en')).toEqual(['The input must be a JSON object: { … }.']);
  });

  it('names expected and received kinds, never the value', () => {
    expect(messages(shape, { name: 42 })).toEqual([
      'Verkeerd soort waarde: verwacht tekst, maar dit is een getal.',
    ]);
    expect(messages(shape, { name: ['x'] }, 'en')).toEqual([
      'Wrong kind of value: expected text, but this is a list [ … ].',
    ]);
    expect(messages(shape, { name: 'x', n: 1.5 })).toEqual(['Dit moet een geheel getal zijn.']);
    expect(messages(shape, { name: 'x', n: '7' }, 'en')).toEqual([
      'Wrong kind of value: expected a number, but this is text.',
    ]);
  });

  it('gives number and list limits', () => {
    expect(messages(shape, { name: 'x', n: 0 })).toEqual(['Dit getal moet minstens 1 zijn.']);
    expect(messages(shape, { name: 'x', n: 53 }, 'en')).toEqual([
      'This number must be at most 52.',
    ]);
    expect(messages(z.number().positive(), 0)).toEqual(['Dit getal moet groter zijn dan 0.']);
    expect(messages(z.number().lt(10), 10, 'en')).toEqual(['This number must be less than 10.']);
    expect(messages(z.array(z.string()).min(1), [])).toEqual([
      'Deze lijst moet minstens 1 element bevatten.',
    ]);
    expect(messages(z.array(z.string()).max(2), ['a', 'b', 'c'], 'en')).toEqual([
      'This list may contain at most 2 items.',
    ]);
  });

  it('lists the allowed values of an enum and of a discriminator', () => {
    expect(messages(z.enum(['a', 'b']), 'c')).toEqual(['Ongeldige waarde. Kies één van: a, b.']);
    expect(messages(z.strictObject({ e: z.enum(['a', 'b']) }), {})).toEqual([
      'Dit veld is verplicht. Kies één van: a, b.',
    ]);
    const union = z.discriminatedUnion('type', [
      z.strictObject({ type: z.literal('x') }),
      z.strictObject({ type: z.literal('y') }),
    ]);
    expect(messages(union, { type: 'z' })).toEqual([
      'Onbekende waarde van "type". Kies één van: x, y.',
    ]);
    expect(messages(union, {}, 'en')).toEqual(['This field is required. Choose one of: x, y.']);
  });

  it('names unknown keys that are safe to show and hides the others', () => {
    expect(messages(shape, { name: 'x', diagnose: 'griep' })).toEqual([
      'Onbekend veld "diagnose": verwijder het of controleer de spelling.',
    ]);
    expect(messages(shape, { name: 'x', diagnose: 1, klachten: 2 }, 'en')).toEqual([
      'Unknown fields "diagnose", "klachten": remove them or check the spelling.',
    ]);
    expect(messages(shape, { name: 'x', '123456782': 1 })).toEqual([
      'Onbekend veld (naam niet getoond): verwijder het of controleer de spelling.',
    ]);
  });

  it('words dates, e-mail addresses and custom issues with params.message', () => {
    expect(messages(z.iso.date(), '2025-02-30')).toEqual([
      'Dit is geen bestaande datum in de vorm JJJJ-MM-DD.',
    ]);
    expect(messages(z.email(), 'nope', 'en')).toEqual(['This is not a valid e-mail address.']);
    const custom = z.string().refine(() => false, {
      params: { code: 'x/y', message: { nl: 'Fout.', en: 'Wrong.' } },
    });
    expect(messages(custom, 'a', 'en')).toEqual(['Wrong.']);
  });

  it("falls back to zod's own locale for what it does not word itself", () => {
    expect(messages(z.string().min(3), 'a')).toEqual([
      'Te kort: verwacht dat string >=3 tekens heeft',
    ]);
    expect(
      messages(
        z.string().refine(() => false),
        'a',
        'en',
      ),
    ).toEqual(['Invalid input']);
  });
});
