import cliProgress from 'cli-progress';
import type { CliIo } from '../cli-io.js';

/**
 * The progress bar of a long run (`batch`, `portfolio`) on stderr: only when stderr is a
 * terminal, so that logs and pipes stay quiet; it clears itself when done.
 *
 * @param io - The streams of the run.
 * @returns The bar, not yet started; `undefined` when stderr is no terminal.
 * @example
 * ```ts
 * const bar = progressBar(io);
 * bar?.start(files.length, 0, { file: '' });
 * ```
 * @internal
 */
export function progressBar(io: CliIo): cliProgress.SingleBar | undefined {
  return io.isTTY.stderr
    ? new cliProgress.SingleBar(
        {
          stream: io.stderr,
          format: '{bar} {value}/{total} {file}',
          hideCursor: true,
          clearOnComplete: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
}
