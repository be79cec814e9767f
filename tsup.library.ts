import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Options } from 'tsup';

/**
 * Makes the source maps of a build folder fit to publish. tsup's CommonJS output with `splitting`
 * is the ESM build converted afterwards, and that step names the generated `.cjs` file by its
 * absolute path on the build machine, as `file` and as a source without content. This names it
 * by its file name (it is shipped next to its map), so no path of the machine is published and
 * every source is either embedded or a shipped file.
 *
 * The CommonJS files then lose their maps: each map embeds the package's sources, so maps for
 * both formats would ship every source twice (for the report package, 96 kB of its 331 kB
 * tarball). The ES module files keep theirs; the CommonJS files are the same unminified code with
 * its names, readable in a stack trace without a map.
 *
 * @param dir - The build folder (`dist`).
 * @returns Nothing; the maps are rewritten or removed in place.
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
    if (map.endsWith('.cjs.map')) {
      const code = path.slice(0, -'.map'.length);
      writeFileSync(
        code,
        readFileSync(code, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\.map\s*$/, '\n'),
      );
      rmSync(path);
      continue;
    }
    const json = JSON.parse(readFileSync(path, 'utf8')) as { file?: string; sources: string[] };
    const own = (source: string) => source.startsWith('/') && source.endsWith(map.slice(0, -4));
    if (!json.sources.some(own) && !json.file?.startsWith('/')) continue;
    json.sources = json.sources.map((s) => (own(s) ? basename(s) : s));
    if (json.file) json.file = basename(json.file);
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
