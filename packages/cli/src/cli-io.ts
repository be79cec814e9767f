/**
 * The streams and environment one run of the command works with. The real command passes
 * `process`'s; tests pass captured streams, so every command can run in-process.
 *
 * @example
 * ```ts
 * const io: CliIo = {
 *   stdout: process.stdout,
 *   stderr: process.stderr,
 *   cwd: process.cwd(),
 *   env: process.env,
 *   isTTY: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
 * };
 * ```
 * @category CLI
 */
export interface CliIo {
  /** Where results go. */
  stdout: NodeJS.WritableStream;
  /** Where problems, progress and summaries of failures go. */
  stderr: NodeJS.WritableStream;
  /** The directory relative paths are resolved against. */
  cwd: string;
  /** The environment: `NO_COLOR`, `FORCE_COLOR`, `TERM` and `POORTWACHTER_DEBUG` are read. */
  env: Readonly<Record<string, string | undefined>>;
  /** Whether each stream is a terminal: colour needs a terminal on stdout, the progress bar on stderr. */
  isTTY: { stdout: boolean; stderr: boolean };
}
