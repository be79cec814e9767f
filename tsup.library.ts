import type { Options } from 'tsup';

/**
 * The build of a library package: ESM and CJS with `.d.ts`/`.d.cts`, platform-neutral (the
 * packages run in Node and browsers). Packages add entries or options of their own.
 *
 * `splitting` is on for CJS too: code that two entries of a package share (a class such as
 * `DocumentIncompleteError`) goes into one shared chunk, so each class exists once and
 * `instanceof` holds across entry points in a CommonJS app as it does in an ESM one. Modules that
 * an entry loads with `import()` become chunks of their own, loaded on first use.
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
    splitting: true,
    ...overrides,
  };
}
