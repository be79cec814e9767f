import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOwnTempFile, tempFileName } from './temp-file-name.js';

describe('tempFileName', () => {
  it('names a fresh hidden file beside the target, which isOwnTempFile recognises', () => {
    const a = tempFileName('/uit/plan.docx');
    expect(a).toMatch(new RegExp(`^/uit/\\.plan\\.docx\\.${process.pid}-[0-9a-f]{8}\\.tmp$`));
    expect(a).not.toBe(tempFileName('/uit/plan.docx'));
    expect(isOwnTempFile(basename(a))).toBe(true);
  });

  it('does not take other files, or another process’s temporary files, for its own', () => {
    expect(isOwnTempFile('plan.docx')).toBe(false);
    expect(isOwnTempFile(`.plan.docx.${process.pid + 1}-0a1b2c3d.tmp`)).toBe(false);
    expect(isOwnTempFile(`plan.docx.${process.pid}-0a1b2c3d.tmp`)).toBe(false);
  });
});
