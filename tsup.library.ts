import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Options } from 'tsup';

/**
 * Makes the source maps of a build folder fit to publish.
 *
 * - tsup's CommonJS output with `splitting` is the ESM build converted afterwards, and that step
 *   names the generated `.cjs` file by its absolute path on the build machine, as `file` and as a
 *   source. This names it by its file name (it is shipped next to its map), so no path of the
 *   machine is published.
 * - The maps keep their mappings and drop the sources' text (`sourcesContent`): embedded, every
 *   source would ship twice (once per format) and make up half the tarball, while what a user
 *   needs of a map is a stack trace that names the TypeScript file and line (`node
 *   --enable-source-maps`), which the repository holds at the release's tag.
 *
 * @param dir - The build folder (`dist`).
 * @returns Nothing; the maps are rewritten in place.
 * @example
 * ```ts
 * publishableSourceMaps('dist');
 * ```
 * @category Build
 */
export function publishableSourceMaps(dir: string): void {
  const maps = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.map'),
  );
  for (const map of maps) {
    const path = join(dir, map);
    const json = JSON.parse(readFileSync(path, 'utf8')) as {
      file?: string;
      sources: string[];
      sourcesContent?: unknown[];
    };
    const own = (source: string) => source.startsWith('/') && source.endsWith(map.slice(0, -4));
    json.sources = json.sources.map((s) => (own(s) ? basename(s) : s));
    if (json.file) json.file = basename(json.file);
    delete json.sourcesContent;
    writeFileSync(path, JSON.stringify(json));
  }
}

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
    onSuccess: async () => publishableSourceMaps('dist'),
    ...overrides,
  };
}
