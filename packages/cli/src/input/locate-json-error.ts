const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/**
 * Where a text stops being JSON (RFC 8259): a small scanner run only after `JSON.parse` has
 * failed, because node's own message gives no position for some errors and quotes the input for
 * others (which could put a BSN in a message). It reports a place, never the text there.
 *
 * @param text - The text that `JSON.parse` refused.
 * @returns The 1-based line and column of the first offending character, and whether the text
 *   ended too early; `null` when the text is valid JSON after all.
 * @example
 * ```ts
 * locateJsonError('{\n  "a": 1,\n}'); // { line: 3, column: 1, atEnd: false }
 * locateJsonError('{"a": '); // { line: 1, column: 7, atEnd: true }
 * ```
 * @category Input
 */
export function locateJsonError(
  text: string,
): { line: number; column: number; atEnd: boolean } | null {
  let i = 0;
  const n = text.length;
  const skipWhitespace = (): void => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r'))
      i++;
  };
  const matchAt = (re: RegExp): boolean => {
    re.lastIndex = i;
    const m = re.exec(text);
    if (m === null) return false;
    i += m[0].length;
    return true;
  };
  const string = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        i++;
        const e = text[i];
        if (e === 'u') {
          i++;
          if (!matchAt(HEX4)) return false;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
        else return false;
      } else i++;
    }
    return false;
  };
  const container = (close: string, member: () => boolean): boolean => {
    i++;
    skipWhitespace();
    if (text[i] === close) {
      i++;
      return true;
    }
    for (;;) {
      if (!member()) return false;
      skipWhitespace();
      if (text[i] === close) {
        i++;
        return true;
      }
      if (text[i] !== ',') return false;
      i++;
    }
  };
  const value = (): boolean => {
    skipWhitespace();
    const c = text[i];
    if (c === '{')
      return container('}', () => {
        skipWhitespace();
        if (text[i] !== '"' || !string()) return false;
        skipWhitespace();
        if (text[i] !== ':') return false;
        i++;
        return value();
      });
    if (c === '[') return container(']', value);
    if (c === '"') return string();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return true;
      }
    }
    return matchAt(NUMBER);
  };
  if (value()) {
    skipWhitespace();
    if (i === n) return null;
  }
  const before = text.slice(0, i);
  const line = before.split('\n').length;
  const column = i - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column, atEnd: i >= n };
}
