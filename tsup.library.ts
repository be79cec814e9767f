import type { Options } from 'tsup';

/**
 * The build of a library package: ESM and CJS with `.d.ts`/`.d.cts`, platform-neutral (the
 * packages run in Node and browsers). Packages add entries or options of their own.
 */
export function libraryBuild(overrides: Options = {}): Options {
  return {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'neutral',
    ...overrides,
  };
}
