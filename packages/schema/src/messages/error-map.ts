import type { LocalizedText } from '@poortwachter/core';
import { z } from 'zod';
import { isSafeName } from './is-safe-name.js';
import type { Lang } from './lang.js';
import { SCHEMA_MESSAGES } from './schema-messages.js';

type RawIssue = Parameters<z.core.$ZodErrorMap>[0];

const TYPE_NAMES: Record<Lang, Record<string, string>> = {
  nl: {
    string: 'tekst',
    number: 'een getal',
    boolean: 'true of false',
    object: 'een object { … }',
    array: 'een lijst [ … ]',
    null: 'null',
  },
  en: {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    object: 'an object { … }',
    array: 'a list [ … ]',
    null: 'null',
  },
};

const TEXTS = {
  nl: {
    required: 'Dit veld is verplicht.',
    rootNotObject: 'De invoer moet een JSON-object zijn: { … }.',
    wrongType: (expected: string, received: string) =>
      `Verkeerd soort waarde: verwacht ${expected}, maar dit is ${received}.`,
    integer: 'Dit moet een geheel getal zijn.',
    choose: (values: string) => `Ongeldige waarde. Kies één van: ${values}.`,
    requiredChoice: (values: string) => `Dit veld is verplicht. Kies één van: ${values}.`,
    unknownDiscriminator: (key: string, values: string) =>
      `Onbekende waarde van "${key}". Kies één van: ${values}.`,
    unknownKeys: (names: string[]) =>
      names.length === 1
        ? `Onbekend veld ${names[0]}: verwijder het of controleer de spelling.`
        : `Onbekende velden ${names.join(', ')}: verwijder ze of controleer de spelling.`,
    hiddenName: '(naam niet getoond)',
    atLeast: (n: string) => `Dit getal moet minstens ${n} zijn.`,
    greaterThan: (n: string) => `Dit getal moet groter zijn dan ${n}.`,
    atMost: (n: string) => `Dit getal mag hoogstens ${n} zijn.`,
    lessThan: (n: string) => `Dit getal moet kleiner zijn dan ${n}.`,
    listAtLeast: (n: string) =>
      `Deze lijst moet minstens ${n} ${n === '1' ? 'element' : 'elementen'} bevatten.`,
    listAtMost: (n: string) =>
      `Deze lijst mag hoogstens ${n} ${n === '1' ? 'element' : 'elementen'} bevatten.`,
    email: 'Dit is geen geldig e-mailadres.',
  },
  en: {
    required: 'This field is required.',
    rootNotObject: 'The input must be a JSON object: { … }.',
    wrongType: (expected: string, received: string) =>
      `Wrong kind of value: expected ${expected}, but this is ${received}.`,
    integer: 'This must be a whole number.',
    choose: (values: string) => `Invalid value. Choose one of: ${values}.`,
    requiredChoice: (values: string) => `This field is required. Choose one of: ${values}.`,
    unknownDiscriminator: (key: string, values: string) =>
      `Unknown value of "${key}". Choose one of: ${values}.`,
    unknownKeys: (names: string[]) =>
      names.length === 1
        ? `Unknown field ${names[0]}: remove it or check the spelling.`
        : `Unknown fields ${names.join(', ')}: remove them or check the spelling.`,
    hiddenName: '(name not shown)',
    atLeast: (n: string) => `This number must be at least ${n}.`,
    greaterThan: (n: string) => `This number must be greater than ${n}.`,
    atMost: (n: string) => `This number must be at most ${n}.`,
    lessThan: (n: string) => `This number must be less than ${n}.`,
    listAtLeast: (n: string) =>
      `This list must contain at least ${n} ${n === '1' ? 'item' : 'items'}.`,
    listAtMost: (n: string) =>
      `This list may contain at most ${n} ${n === '1' ? 'item' : 'items'}.`,
    email: 'This is not a valid e-mail address.',
  },
} as const;

const kindOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

const isLocalizedText = (value: unknown): value is LocalizedText =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as LocalizedText).nl === 'string' &&
  typeof (value as LocalizedText).en === 'string';

/**
 * A zod error map that writes every message in Dutch or English, for one parse:
 * `schema.safeParse(input, { error: errorMap('nl') })`. It never calls `z.config()` and never
 * puts an input value in a message: it names expected types, allowed values, limits and (safe)
 * unknown key names only. Custom issues of this package and of core's `validateCaseInput` carry
 * their text in `params.message`; anything it does not word itself falls back to zod's own
 * `nl`/`en` locale, which also never quotes input.
 *
 * @param lang - `nl` (default) or `en`.
 * @returns An error map to pass as `error` in zod's parse options.
 * @example
 * ```ts
 * const result = caseSchema.safeParse(input, { error: errorMap('en') });
 * if (!result.success) console.log(result.error.issues[0]?.message);
 * ```
 * @category Messages
 */
export function errorMap(lang: Lang = 'nl'): z.core.$ZodErrorMap {
  const t = TEXTS[lang];
  const types = TYPE_NAMES[lang];
  const fallback = (lang === 'nl' ? z.locales.nl() : z.locales.en()).localeError;
  const typeName = (kind: string): string => types[kind] ?? kind;
  const values = (list: readonly unknown[]): string => list.map((v) => String(v)).join(', ');

  return (issue: RawIssue) => {
    switch (issue.code) {
      case 'invalid_type':
        if (issue.input === undefined) return t.required;
        if ((issue.path ?? []).length === 0 && issue.expected === 'object') return t.rootNotObject;
        if (issue.expected === 'int' && typeof issue.input === 'number') return t.integer;
        return t.wrongType(typeName(issue.expected), typeName(kindOf(issue.input)));
      case 'invalid_value':
        return issue.input === undefined
          ? t.requiredChoice(values(issue.values))
          : t.choose(values(issue.values));
      case 'invalid_union':
        if (
          issue.discriminator !== undefined &&
          'options' in issue &&
          Array.isArray(issue.options)
        ) {
          const choices = values(issue.options);
          const value =
            typeof issue.input === 'object' && issue.input !== null
              ? (issue.input as Record<string, unknown>)[issue.discriminator]
              : undefined;
          return value === undefined
            ? t.requiredChoice(choices)
            : t.unknownDiscriminator(issue.discriminator, choices);
        }
        return fallback(issue);
      case 'unrecognized_keys':
        return t.unknownKeys(issue.keys.map((k) => (isSafeName(k) ? `"${k}"` : t.hiddenName)));
      case 'too_small':
        if (issue.origin === 'number') {
          const n = String(issue.minimum);
          return issue.inclusive ? t.atLeast(n) : t.greaterThan(n);
        }
        if (issue.origin === 'array') return t.listAtLeast(String(issue.minimum));
        return fallback(issue);
      case 'too_big':
        if (issue.origin === 'number') {
          const n = String(issue.maximum);
          return issue.inclusive ? t.atMost(n) : t.lessThan(n);
        }
        if (issue.origin === 'array') return t.listAtMost(String(issue.maximum));
        return fallback(issue);
      case 'invalid_format':
        if (issue.format === 'date') return SCHEMA_MESSAGES['date/invalid'][lang];
        if (issue.format === 'email') return t.email;
        return fallback(issue);
      case 'custom':
        if (isLocalizedText(issue.params?.message)) return issue.params.message[lang];
        return fallback(issue);
      default:
        return fallback(issue);
    }
  };
}
