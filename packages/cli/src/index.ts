/**
 * The `poortwachter` command as a library: {@link run} runs it in-process with the streams and
 * environment of {@link CliIo}, and returns the exit code.
 *
 * @example
 * ```ts
 * import { run } from '@poortwachter/cli';
 *
 * process.exitCode = await run(process.argv.slice(2), {
 *   stdout: process.stdout,
 *   stderr: process.stderr,
 *   cwd: process.cwd(),
 *   env: process.env,
 *   isTTY: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
 * });
 * ```
 * @module
 */
export type { CliIo } from './cli-io.js';
export { run } from './run.js';
