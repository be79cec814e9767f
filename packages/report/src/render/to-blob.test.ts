import { describe, expect, it } from 'vitest';
import { DOCX_MIME_TYPE, toBlob } from './to-blob.js';

describe('toBlob', () => {
  it('wraps the bytes with the .docx media type', async () => {
    const blob = toBlob(new Uint8Array([0x50, 0x4b, 3, 4]));
    expect(blob.type).toBe(DOCX_MIME_TYPE);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array([0x50, 0x4b, 3, 4]));
  });
});
