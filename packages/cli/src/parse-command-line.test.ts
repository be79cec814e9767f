import { describe, expect, it } from 'vitest';
import { CliError } from './cli-error.js';
import { parseCommandLine } from './parse-command-line.js';

const OPTIONS = {
  'as-of': { type: 'string' },
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
} as const;

const problemsOf = (argv: string[]) => {
  try {
    parseCommandLine(argv, OPTIONS);
  } catch (error) {
    if (error instanceof CliError)
      return { exitCode: error.exitCode, paths: error.issues.map((p) => p.argument) };
    throw error;
  }
  return null;
};

describe('parseCommandLine', () => {
  it('returns values and positionals', () => {
    const { values, positionals } = parseCommandLine(
      ['a.json', '-o', 'x.docx', '--force', '--as-of=2025-01-01'],
      OPTIONS,
    );
    expect(values).toEqual({ output: 'x.docx', force: true, 'as-of': '2025-01-01' });
    expect(positionals).toEqual(['a.json']);
  });

  it('reports every wrong option at once, with exit code 2', () => {
    expect(problemsOf(['--bogus', '-x', '--force=yes', '--as-of'])).toEqual({
      exitCode: 2,
      paths: ['--bogus', '-x', '--force', '--as-of'],
    });
  });

  it('takes an option followed by another option as missing its value', () => {
    expect(problemsOf(['--as-of', '--force'])).toEqual({ exitCode: 2, paths: ['--as-of'] });
    expect(parseCommandLine(['--output=-odd.docx'], OPTIONS).values.output).toBe('-odd.docx');
  });

  it('treats everything after -- as positionals', () => {
    expect(parseCommandLine(['--', '--force'], OPTIONS).positionals).toEqual(['--force']);
  });
});
