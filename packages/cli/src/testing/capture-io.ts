import { Writable } from 'node:stream';
import type { CliIo } from '../cli-io.js';

/**
 * A {@link CliIo} whose streams are collected in memory, for in-process tests.
 *
 * @example
 * ```ts
 * const { io, stdout, stderr }: CapturedIo = captureIo();
 * ```
 * @category Testing
 */
export interface CapturedIo {
  io: CliIo;
  /** Everything written to stdout so far. */
  stdout: () => string;
  /** Everything written to stderr so far. */
  stderr: () => string;
}

const collector = (chunks: string[], isTTY: boolean): Writable => {
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  });
  return Object.assign(stream, { isTTY, columns: 100 });
};

/**
 * Makes an in-memory {@link CliIo} for tests: not a terminal, no colour variables, unless
 * overridden.
 *
 * @param overrides - `cwd`, `env` and `isTTY` to use instead of the defaults.
 * @returns The io and readers of what was written.
 * @example
 * ```ts
 * const { io, stdout } = captureIo({ cwd: '/work/main' });
 * await run(['--version'], io);
 * stdout(); // '0.1.0\n'
 * ```
 * @category Testing
 */
export function captureIo(overrides: Partial<CliIo> = {}): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  const isTTY = overrides.isTTY ?? { stdout: false, stderr: false };
  return {
    io: {
      stdout: collector(out, isTTY.stdout),
      stderr: collector(err, isTTY.stderr),
      cwd: overrides.cwd ?? process.cwd(),
      env: overrides.env ?? {},
      isTTY,
    },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
