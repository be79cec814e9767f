import { describe, expect, it } from 'vitest';
import { captureIo } from '../testing/capture-io.js';
import { useColour } from './use-colour.js';

const io = (env: Record<string, string>, tty: boolean) =>
  captureIo({ env, isTTY: { stdout: tty, stderr: !tty } }).io;

describe('useColour', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ TERM: 'dumb' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
  ])('env %j, stdout a terminal: %s → %s', (env, tty, expected) => {
    expect(useColour(io(env, tty), 'stdout')).toBe(expected);
    expect(useColour(io(env, !tty), 'stderr')).toBe(expected);
  });
});
