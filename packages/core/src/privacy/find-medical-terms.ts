import { type FoldedWord, foldedWords } from './folded-words.js';
import { BODY_PARTS, MEDICAL_TERMS, type MedicalTermClassId } from './medical-terms.js';
import { NON_MEDICAL_PHRASES } from './non-medical-phrases.js';

/**
 * Where a text names something medical: the class of the term and its position, never the term
 * itself, so that nothing user-facing repeats it.
 *
 * @example
 * ```ts
 * const hit: MedicalTermHit = { termClass: 'medication', start: 9, end: 17 };
 * ```
 * @category Privacy
 */
export interface MedicalTermHit {
  /** The class of {@link MEDICAL_TERMS} the term belongs to. */
  termClass: MedicalTermClassId;
  /** Offset of the first character of the match in the text (UTF-16 code units). */
  start: number;
  /** Offset just after the match. */
  end: number;
}

/** Endings a term may take: plural, inflected adjective, `-n` after `-e` (Dutch and English). */
const ENDINGS = ['s', 'en', 'e', 'n'] as const;
/** Only terms this long take an ending (`poli` must not match `polis`). */
const MIN_INFLECTED = 5;
/** The part before a compound's head is at least this long (`co-operatie` is no operation). */
const MIN_MODIFIER = 3;
/** A part of the body this long may have a word before it (`linkerknie`); a shorter one not. */
const MIN_PREFIXED_PART = 4;

interface Phrase<T> {
  /** The words after the first. */
  rest: string[];
  value: T;
}

interface Matcher<T> {
  /** Whole words. */
  words: Map<string, T>;
  /** Heads of compounds, after any word. */
  heads: Map<string, T>;
  /** Heads of compounds, after a part of the body only. */
  bodyHeads: Map<string, T>;
  /** Phrases of several words, by their first word. */
  phrases: Map<string, Phrase<T>[]>;
  /** The longest head, for bounding the search inside a word. */
  longestHead: number;
}

function compile<T>(entries: Iterable<readonly [string, T]>): Matcher<T> {
  const matcher: Matcher<T> = {
    words: new Map(),
    heads: new Map(),
    bodyHeads: new Map(),
    phrases: new Map(),
    longestHead: 0,
  };
  for (const [term, value] of entries) {
    const mode = term[0] === '*' ? 'head' : term[0] === '+' ? 'body-head' : 'word';
    const keys = foldedWords(mode === 'word' ? term : term.slice(1)).map((w) => w.key);
    const [first, ...rest] = keys;
    if (first === undefined) continue;
    if (rest.length > 0) {
      const list = matcher.phrases.get(first) ?? [];
      list.push({ rest, value });
      matcher.phrases.set(first, list);
      continue;
    }
    if (mode === 'word' || mode === 'head') matcher.words.set(first, value);
    if (mode === 'head') matcher.heads.set(first, value);
    if (mode === 'body-head') matcher.bodyHeads.set(first, value);
    if (mode !== 'word') matcher.longestHead = Math.max(matcher.longestHead, first.length);
  }
  return matcher;
}

/** The value of `key` or of `key` without one of its endings. */
function lookup<T>(map: Map<string, T>, key: string): T | undefined {
  const exact = map.get(key);
  if (exact !== undefined) return exact;
  for (const ending of ENDINGS) {
    if (!key.endsWith(ending)) continue;
    const base = key.slice(0, key.length - ending.length);
    if (base.length >= MIN_INFLECTED) {
      const value = map.get(base);
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

/** Whether `key` is `term` or `term` with one of its endings. */
function takesEnding(term: string, key: string): boolean {
  if (key === term) return true;
  return term.length >= MIN_INFLECTED && ENDINGS.some((ending) => key === term + ending);
}

interface Match<T> {
  value: T;
  start: number;
  end: number;
}

/** The word lists compiled for matching: {@link compiled} builds them on first use. */
interface Compiled {
  terms: Matcher<MedicalTermClassId>;
  nonMedical: Matcher<true>;
  /** Parts of the body, folded. */
  shortParts: ReadonlySet<string>;
  /** The parts of the body that may have a word before them. */
  longParts: string[];
}

let lists: Compiled | undefined;

/**
 * The word lists compiled on the first search, not when the module loads: importing core stays
 * fast, and a bundler can leave the lists out of an app that never screens a text.
 */
function compiled(): Compiled {
  if (lists === undefined) {
    const shortParts = new Set(
      BODY_PARTS.map((part) =>
        foldedWords(part)
          .map((w) => w.key)
          .join(''),
      ),
    );
    lists = {
      terms: compile(
        MEDICAL_TERMS.flatMap((row) => row.terms.map((term) => [term, row.id] as const)),
      ),
      nonMedical: compile(NON_MEDICAL_PHRASES.map((phrase) => [phrase, true] as const)),
      shortParts,
      longParts: [...shortParts].filter((part) => part.length >= MIN_PREFIXED_PART),
    };
  }
  return lists;
}

/**
 * Whether the first part of a compound, with or without a linking `s`, names a part of the body
 * (`knie`, `linkerknie`) or is itself a medical word (`kanker` in `kankeroperatie`).
 */
function isMedicalModifier<T>(matcher: Matcher<T>, modifier: string): boolean {
  const forms = modifier.endsWith('s') ? [modifier, modifier.slice(0, -1)] : [modifier];
  const { shortParts, longParts } = compiled();
  return forms.some(
    (form) =>
      shortParts.has(form) ||
      longParts.some((part) => form.endsWith(part)) ||
      lookup(matcher.words, form) !== undefined,
  );
}

/** The value of a compound whose last part is a head: `rugklachten`, `knieoperatie`. */
function compoundHead<T>(matcher: Matcher<T>, key: string): T | undefined {
  const from = Math.max(MIN_MODIFIER, key.length - matcher.longestHead - 2);
  for (let i = from; i < key.length; i++) {
    const rest = key.slice(i);
    const head = lookup(matcher.heads, rest);
    if (head !== undefined) return head;
    const bodyHead = lookup(matcher.bodyHeads, rest);
    if (bodyHead !== undefined && isMedicalModifier(matcher, key.slice(0, i))) return bodyHead;
  }
  return undefined;
}

function matchAll<T>(matcher: Matcher<T>, words: readonly FoldedWord[]): Match<T>[] {
  const matches: Match<T>[] = [];
  words.forEach((word, index) => {
    const value = lookup(matcher.words, word.key) ?? compoundHead(matcher, word.key);
    if (value !== undefined) matches.push({ value, start: word.start, end: word.end });
    for (const phrase of matcher.phrases.get(word.key) ?? []) {
      const last = phrase.rest.length - 1;
      const fits = phrase.rest.every((key, j) => {
        const next = words[index + 1 + j];
        if (next === undefined) return false;
        return j === last ? takesEnding(key, next.key) : next.key === key;
      });
      const lastWord = words[index + 1 + last];
      if (fits && lastWord !== undefined)
        matches.push({ value: phrase.value, start: word.start, end: lastWord.end });
    }
  });
  return matches;
}

/**
 * Finds the medical terms of {@link MEDICAL_TERMS} in a free text, for the privacy screen of a
 * document. Matches whole words, never a word inside another (`operationeel` is no `operatie`),
 * ignoring case and diacritics; a term also matches with a plural or inflected ending
 * (`operaties`, `psychotische`), and a term marked as a head also as the last part of a Dutch
 * compound (`rugklachten`, `knieoperatie`, `hernia-operatie`); phrases of several words match in a
 * row (`ziekte van Crohn`). A match inside a phrase of {@link NON_MEDICAL_PHRASES}
 * (`arbeidstherapie`, `afhandelen van klachten`) does not count. Functional language — `beperkt
 * in tillen`, `energetische beperkingen`, `belastbaarheid`, `bedrijfsarts`, `werkhervatting` —
 * never matches.
 *
 * @param text - A free text, e.g. a field of a plan van aanpak.
 * @returns The hits in text order, each with its class and position; nested matches are folded
 *   into the outermost one. Empty when the text names nothing medical.
 * @see AP Beleidsregels "De zieke werknemer" (BWBR0037896) §4.7, §5.2.2
 * @example
 * ```ts
 * findMedicalTerms('Gebruikt oxycodon na een knieoperatie.');
 * // [{ termClass: 'medication', start: 9, end: 17 }, { termClass: 'treatment', start: 25, end: 37 }]
 * findMedicalTerms('Beperkt in tillen; kan 4 uur per dag werken.'); // []
 * ```
 * @category Privacy
 */
export function findMedicalTerms(text: string): MedicalTermHit[] {
  const words = foldedWords(text);
  const { terms, nonMedical: phrases } = compiled();
  const nonMedical = matchAll(phrases, words);
  const hits = matchAll(terms, words)
    .filter((hit) => !nonMedical.some((f) => f.start <= hit.start && hit.end <= f.end))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const outer: MedicalTermHit[] = [];
  for (const hit of hits) {
    const previous = outer.at(-1);
    if (previous !== undefined && hit.end <= previous.end) continue;
    outer.push({ termClass: hit.value, start: hit.start, end: hit.end });
  }
  return outer;
}
