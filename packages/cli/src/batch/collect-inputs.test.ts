import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../cli-error.js';
import { collectInputs } from './collect-inputs.js';

const tree = () => {
  const cwd = mkdtempSync(join(tmpdir(), 'poortwachter-inputs-'));
  mkdirSync(join(cwd, 'd', 'sub'), { recursive: true });
  for (const file of ['d/b.json', 'd/a.json', 'd/notes.txt', 'd/sub/c.json'])
    writeFileSync(join(cwd, file), '{}');
  return cwd;
};

describe('collectInputs', () => {
  it('takes the .json files of a directory (not its subdirectories), files and globs, each once, sorted', async () => {
    const cwd = tree();
    expect(await collectInputs(['d'], cwd)).toEqual(['d/a.json', 'd/b.json']);
    expect(await collectInputs(['d/**/*.json', 'd', 'd/a.json', 'd/notes.txt'], cwd)).toEqual([
      'd/a.json',
      'd/b.json',
      'd/notes.txt',
      'd/sub/c.json',
    ]);
  });

  it('names every argument that matches nothing', async () => {
    const cwd = tree();
    const error = await collectInputs(['d', 'x/*.json', 'leeg.json'], cwd).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).issues.map((p) => [p.code, p.argument])).toEqual([
      ['cli/no-files', 'x/*.json'],
      ['cli/no-files', 'leeg.json'],
    ]);
  });
});
