/**
 * Characters that no word processor accepts in a document: C0 controls other than tab, line
 * feed and carriage return, and the non-characters U+FFFE and U+FFFF (docx writes the latter
 * straight into the file, which Word and LibreOffice then refuse to open).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters it removes
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

/** U+2060 WORD JOINER: invisible, and keeps `{` from starting a `{{placeholder}}`. */
const WORD_JOINER = '\u2060';

/**
 * Makes any string safe to write into a Word document: lone surrogates become U+FFFD
 * (`toWellFormed`), forbidden control characters and U+FFFE/U+FFFF are removed, and line endings
 * are normalised to `\n`. Every `{` is followed by an invisible word joiner (U+2060), so that no
 * user text can ever read as a `{{placeholder}}` of a house-style template, not even across
 * runs or lines (docx's `patchDocument` would otherwise fill placeholders inside inserted text,
 * e.g. put the whole body where an employee's name says `{{inhoud}}`). Tabs and newlines are
 * kept; {@link textRuns} turns them into tab runs and line breaks. Every user string passes here
 * before it reaches docx.
 *
 * @param text - Any string, such as a field of a content file.
 * @returns The string without characters that would make the file unreadable.
 * @example
 * ```ts
 * sanitizeText('a\u0000b\uFFFE\r\nc'); // 'ab\nc'
 * sanitizeText('\uD800x'); // '\uFFFDx'
 * sanitizeText('{{inhoud}}'); // '{\u2060{\u2060inhoud}}'
 * ```
 * @category Text
 */
export function sanitizeText(text: string): string {
  return text
    .toWellFormed()
    .replace(/\r\n?/g, '\n')
    .replace(FORBIDDEN, '')
    .replaceAll('{', `{${WORD_JOINER}`);
}
