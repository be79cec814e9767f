import type { CliIo } from '../cli-io.js';

/**
 * Whether to colour what goes to a stream: `FORCE_COLOR` wins (`0` or `false` turns colour
 * off, any other value on); otherwise colour needs a terminal, an unset or empty `NO_COLOR`
 * (no-color.org) and a `TERM` other than `dumb`.
 *
 * @param io - The run's streams and environment.
 * @param stream - The stream the text goes to.
 * @returns `true` when escape codes may be written.
 * @example
 * ```ts
 * useColour({ ...io, env: { NO_COLOR: '1' }, isTTY: { stdout: true, stderr: true } }, 'stdout'); // false
 * useColour({ ...io, env: { FORCE_COLOR: '1' }, isTTY: { stdout: false, stderr: false } }, 'stdout'); // true
 * ```
 * @category Output
 */
export function useColour(io: CliIo, stream: 'stdout' | 'stderr'): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.TERM === 'dumb') return false;
  return io.isTTY[stream];
}
