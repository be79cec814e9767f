import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '@poortwachter/cli';
import { describe, expect, it, vi } from 'vitest';
import { captureIo } from '../packages/cli/src/testing/capture-io.js';
import { DEMO_STEPS, quietly } from './demo.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

describe('pnpm demo', () => {
  it('prints the example timeline and its findings (check ends with 1: an error is found)', async () => {
    const [timeline, check] = DEMO_STEPS;
    const out = async (args: readonly string[]) => {
      const { io, stdout, stderr } = captureIo({ cwd: ROOT });
      const code = await run([...args], io);
      return { code, stdout: stdout(), stderr: stderr() };
    };
    const t = await out(timeline ?? []);
    expect(t).toMatchObject({ code: 0, stderr: '' });
    expect(t.stdout).toContain('Eerste ziektedag:  6 januari 2025');
    expect(t.stdout).toContain('Evaluatie plan van aanpak 3');
    const c = await out(check ?? []);
    expect(c).toMatchObject({ code: 1, stderr: '' });
    expect(c.stdout).toContain('evaluatie-3/overdue');
  });

  it('keeps a command quiet, and shows its log only when it fails', () => {
    const log = join(mkdtempSync(join(tmpdir(), 'pw-demo-')), 'build.log');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(quietly(process.execPath, ['-e', "console.log('noise')"], log)).toBe(0);
      expect(stderr).not.toHaveBeenCalled();
      expect(readFileSync(log, 'utf8')).toBe('noise\n');
      expect(
        quietly(
          process.execPath,
          ['-e', "console.log('noise'); console.error('broken'); process.exit(3)"],
          log,
        ),
      ).toBe(3);
      expect(String(stderr.mock.calls[0]?.[0])).toMatch(
        /noise\nbroken\n[\s\S]*failed \(exit 3\); the log is in .*build\.log/,
      );
    } finally {
      stderr.mockRestore();
    }
  });
});
