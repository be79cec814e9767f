/**
 * Characters that no word processor accepts in a document: C0 controls other than tab, line
 * feed and carriage return, and the non-characters U+FFFE and U+FFFF (docx writes the latter
 * straight into the file, which Word and LibreOffice then refuse to open).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters it removes
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Closes the bidirectional embeddings, overrides and isolates a line leaves open (U+202A–U+202E
 * end with U+202C, U+2066–U+2068 with U+2069), so a right-to-left override in one field can
 * never reverse the text after it in the same paragraph, such as the BSN in the header.
 */
function closeBidi(line: string): string {
  const open: string[] = [];
  for (const [c] of line.matchAll(BIDI)) {
    if (c === '\u202C' || c === '\u2069') {
      const last = open.lastIndexOf(c);
      if (last >= 0) open.length = last;
    } else {
      open.push(c >= '\u2066' ? '\u2069' : '\u202C');
    }
  }
  return open.length ? line + open.reverse().join('') : line;
}

/**
 * Makes any string safe to write into a Word document: lone surrogates become U+FFFD
 * (`toWellFormed`), forbidden control characters and U+FFFE/U+FFFF are removed, and line endings
 * are normalised to `\n`. Nothing else changes: text that looks like a `{{placeholder}}` is
 * written as it is (`fillTemplate` never reads inserted text as a placeholder). Bidirectional
 * overrides and isolates left open are closed at the end of each line, so a right-to-left
 * override in a name cannot reverse the BSN after it. Tabs and newlines are kept;
 * {@link textRuns} turns them into tab runs and line breaks. Every user string passes here
 * before it reaches docx.
 *
 * @param text - Any string, such as a field of a content file.
 * @returns The string without characters that would make the file unreadable.
 * @example
 * ```ts
 * sanitizeText('a\u0000b\uFFFE\r\nc'); // 'ab\nc'
 * sanitizeText('\uD800x'); // '\uFFFDx'
 * sanitizeText('{{inhoud}}'); // '{{inhoud}}'
 * ```
 * @category Text
 */
export function sanitizeText(text: string): string {
  return text
    .toWellFormed()
    .replace(/\r\n?/g, '\n')
    .replace(FORBIDDEN, '')
    .split('\n')
    .map(closeBidi)
    .join('\n');
}
