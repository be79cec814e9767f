/**
 * A word of a text, folded for matching: lower case, without diacritics and without the hyphens
 * that join its parts (`Burn-out` → `burnout`), with its position in the original text.
 *
 * @example
 * ```ts
 * const word: FoldedWord = { key: 'burnout', start: 4, end: 12 };
 * ```
 * @category Privacy
 */
export interface FoldedWord {
  /** The folded word. */
  key: string;
  /** Offset of its first character in the original text (UTF-16 code units). */
  start: number;
  /** Offset just after its last character. */
  end: number;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]+$/u;
const MARKS = /\p{M}/gu;
/** Hyphen-minus, hyphen and non-breaking hyphen join the parts of one word. */
const HYPHENS: ReadonlySet<string> = new Set(['-', '\u2010', '\u2011']);

function fold(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0x80) return ch.toLowerCase();
  return ch.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/**
 * Splits a text into folded words: runs of letters and digits, where a single hyphen between
 * two of them joins the parts into one word (`re-integratie`, `KNO-arts`) and every other
 * character (space, apostrophe, slash, punctuation) separates words. Case and diacritics are
 * dropped (`Suïcidaal` → `suicidaal`, `ﬁ` → `fi`).
 *
 * @param text - Any text.
 * @returns The words in order, with their offsets in `text`.
 * @example
 * ```ts
 * foldedWords('Rug-operatie; chemo’s').map((w) => w.key); // ['rugoperatie', 'chemo', 's']
 * ```
 * @category Privacy
 */
export function foldedWords(text: string): FoldedWord[] {
  const words: FoldedWord[] = [];
  let key = '';
  let start = -1;
  let end = -1;
  let hyphen = false;
  const flush = () => {
    if (start >= 0) words.push({ key, start, end });
    key = '';
    start = -1;
    hyphen = false;
  };
  for (let i = 0; i < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
    const next = i + ch.length;
    const folded = fold(ch);
    if (folded === '' && start >= 0 && !hyphen) {
      end = next; // a combining mark after a letter
    } else if (folded !== '' && LETTER_OR_DIGIT.test(folded)) {
      if (start < 0) start = i;
      key += folded;
      end = next;
      hyphen = false;
    } else if (HYPHENS.has(ch) && start >= 0 && !hyphen) {
      hyphen = true;
    } else {
      flush();
    }
    i = next;
  }
  flush();
  return words;
}
