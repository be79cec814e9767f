import { describe, expect, it } from 'vitest';
import { sanitizeText } from './sanitize-text.js';

describe('sanitizeText', () => {
  it('removes control characters but keeps tab and newline', () => {
    expect(sanitizeText('a\u0000b\u0007c\u001Fd\te\nf\u007F')).toBe('abcd\te\nf');
  });

  it('removes the non-characters U+FFFE and U+FFFF', () => {
    expect(sanitizeText('x\uFFFEy\uFFFFz')).toBe('xyz');
  });

  it('replaces lone surrogates and keeps surrogate pairs (emoji)', () => {
    expect(sanitizeText('\uD800a\uDC00')).toBe('\uFFFDa\uFFFD');
    expect(sanitizeText('ok 👍')).toBe('ok 👍');
  });

  it('normalises CRLF and CR line endings to LF', () => {
    expect(sanitizeText('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('leaves braces alone: placeholder look-alikes reach the document as written', () => {
    expect(sanitizeText('{{inhoud}}')).toBe('{{inhoud}}');
    expect(sanitizeText('a {\n{b}} {{werknemer.bsn}}')).toBe('a {\n{b}} {{werknemer.bsn}}');
  });

  it('closes bidirectional overrides and isolates a line leaves open', () => {
    expect(sanitizeText('a\u202Eb')).toBe('a\u202Eb\u202C');
    expect(sanitizeText('a\u2067b\u202Dc')).toBe('a\u2067b\u202Dc\u202C\u2069');
    expect(sanitizeText('x\u202Ey\u202C z')).toBe('x\u202Ey\u202C z');
    expect(sanitizeText('a\u202E\nb')).toBe('a\u202E\u202C\nb');
  });

  it('leaves right-to-left text and accents alone', () => {
    expect(sanitizeText('שלום — reïntegratie')).toBe('שלום — reïntegratie');
  });
});
