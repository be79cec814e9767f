import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from './write-file-atomic.js';

describe('writeFileAtomic', () => {
  it('writes the bytes and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-atomic-'));
    await writeFileAtomic(join(dir, 'a.docx'), new TextEncoder().encode('eerste'));
    await writeFileAtomic(join(dir, 'a.docx'), new TextEncoder().encode('tweede'));
    expect(readFileSync(join(dir, 'a.docx'), 'utf8')).toBe('tweede');
    expect(readdirSync(dir)).toEqual(['a.docx']);
  });

  it('leaves the old file untouched and no temporary file when the rename fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-atomic-'));
    mkdirSync(join(dir, 'taken.docx'));
    writeFileSync(join(dir, 'taken.docx', 'inside'), 'x');
    await expect(
      writeFileAtomic(join(dir, 'taken.docx'), new Uint8Array([1, 2, 3])),
    ).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['taken.docx']);
    expect(readdirSync(join(dir, 'taken.docx'))).toEqual(['inside']);
  });

  it('fails cleanly when the directory does not exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pw-atomic-'));
    await expect(
      writeFileAtomic(join(dir, 'missing', 'a.docx'), new Uint8Array([1])),
    ).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(dir)).toEqual([]);
  });
});
