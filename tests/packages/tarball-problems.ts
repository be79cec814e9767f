import { posix } from 'node:path';

/**
 * A package as `pnpm pack` wrote it: its workspace manifest, the manifest in the tarball, the
 * paths of its files (relative to the package root) and a way to read one.
 *
 * @example
 * ```ts
 * const packed: PackedPackage = { workspace, manifest, files: ['dist/index.js'], read: (p) => '' };
 * ```
 * @category Packaging
 */
export interface PackedPackage {
  /** `package.json` as it is in the workspace (with the source condition). */
  workspace: Manifest;
  /** `package.json` as it is in the tarball. */
  manifest: Manifest;
  files: readonly string[];
  read: (path: string) => string;
}

/**
 * The fields of `package.json` the check reads.
 *
 * @example
 * ```ts
 * const manifest: Manifest = { name: '@poortwachter/core', exports: { '.': './dist/index.js' } };
 * ```
 * @category Packaging
 */
export interface Manifest {
  name: string;
  main?: string;
  module?: string;
  types?: string;
  bin?: string | Record<string, string>;
  exports?: ExportsValue;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  [field: string]: unknown;
}

/**
 * A value of the `exports` map: a path, or conditions (or subpaths) leading to more values.
 *
 * @example
 * ```ts
 * const value: ExportsValue = { import: './dist/index.js', require: './dist/index.cjs' };
 * ```
 * @category Packaging
 */
export type ExportsValue = string | null | { [key: string]: ExportsValue };

/**
 * The export condition that points the workspace at TypeScript sources (`customConditions` in
 * the tsconfig, `resolve.conditions` in vitest); never published.
 *
 * @example
 * ```ts
 * JSON.stringify(manifest).includes(SOURCE_CONDITION); // false in a tarball
 * ```
 * @category Packaging
 */
export const SOURCE_CONDITION = '@poortwachter/source';

/**
 * Files that have no place in a published package: sources (the repository has them; the maps name them), tests
 * and what only tests use, and build configuration.
 */
const UNWANTED: readonly [RegExp, string][] = [
  [/^src\//, 'source (the maps name it in the repository)'],
  [/\.test\.|\.test-d\.|\.spec\./, 'a test'],
  [/(^|\/)(test-support|testing|__snapshots__|fixtures)\//, 'test support'],
  [/(^|\/)test-helpers\.|-fixtures\.|\.corpus\./, 'test support'],
  [/(^|\/)(tsconfig|tsup\.config|typedoc|vitest\.config)[^/]*$/, 'build configuration'],
  [/\.tsbuildinfo$/, 'build configuration'],
];

/**
 * `exports` without the source condition: what `publishConfig.exports` must say, and so the
 * tarball's manifest.
 *
 * @param value - An `exports` map or value.
 * @returns The same without {@link SOURCE_CONDITION}.
 * @example
 * ```ts
 * withoutSourceCondition({ '.': { '@poortwachter/source': './src/index.ts', default: './dist/index.js' } });
 * // { '.': { default: './dist/index.js' } }
 * ```
 * @category Packaging
 */
export function withoutSourceCondition(value: ExportsValue | undefined): ExportsValue | undefined {
  if (value === undefined || value === null || typeof value === 'string') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== SOURCE_CONDITION)
      .map(([key, v]) => [key, withoutSourceCondition(v) as ExportsValue]),
  );
}

/** Every path an `exports` value can lead to. */
function exportTargets(value: ExportsValue | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [value];
  return Object.values(value).flatMap(exportTargets);
}

/** Whether a packed file answers a target (`./dist/*.js` may match many). */
function targetExists(target: string, files: ReadonlySet<string>): boolean {
  const path = target.replace(/^\.\//, '');
  if (!path.includes('*')) return files.has(path);
  const [before = '', after = ''] = path.split('*');
  return [...files].some((f) => f.startsWith(before) && f.endsWith(after));
}

/** Markdown links whose target is not an absolute URL or an anchor: broken on npm. */
function relativeLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)[^)]*\)/g)]
    .map((m) => m[1] ?? '')
    .filter((target) => !/^(https?:|mailto:|#)/.test(target));
}

/**
 * What is wrong with a packed package, one line per problem: unwanted files (sources, tests, test
 * support, build configuration), a source map that embeds the sources' text or names a path of the
 * build machine, code that points at a map the tarball lacks, a manifest that
 * still has the source condition or `workspace:` ranges or whose `exports` differ from the
 * workspace's (apart from the source condition), entry points that the tarball lacks, and a
 * README that is missing or links relatively.
 *
 * @param pkg - The packed package.
 * @returns The problems; empty when the package publishes cleanly.
 * @example
 * ```ts
 * tarballProblems({ workspace, manifest, files: ['src/index.ts'], read }); // ['src/index.ts: source (the maps name it in the repository)', …]
 * ```
 * @category Packaging
 */
export function tarballProblems(pkg: PackedPackage): string[] {
  const { workspace, manifest } = pkg;
  const files = new Set(pkg.files);
  const problems: string[] = [];
  for (const file of pkg.files) {
    const unwanted = UNWANTED.find(([pattern]) => pattern.test(file));
    if (unwanted) problems.push(`${file}: ${unwanted[1]}`);
  }
  for (const file of pkg.files.filter((f) => f.endsWith('.map'))) {
    const map = JSON.parse(pkg.read(file)) as {
      file?: string;
      sources: string[];
      sourcesContent?: unknown[];
    };
    if (map.sourcesContent !== undefined)
      problems.push(`${file}: embeds the sources' text (the repository holds them)`);
    if ([map.file ?? '', ...map.sources].some((p) => posix.isAbsolute(p)))
      problems.push(`${file}: names an absolute path of the build machine`);
  }
  for (const file of pkg.files.filter((f) => /\.(c|m)?js$/.test(f))) {
    const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(pkg.read(file))?.[1];
    if (url && !url.startsWith('data:') && !files.has(posix.join(posix.dirname(file), url)))
      problems.push(`${file}: points at ${url}, which is not shipped`);
  }
  const text = JSON.stringify(manifest);
  if (text.includes(SOURCE_CONDITION))
    problems.push(`package.json: the ${SOURCE_CONDITION} condition is published`);
  for (const [field, ranges] of [
    ['dependencies', manifest.dependencies],
    ['peerDependencies', manifest.peerDependencies],
  ] as const) {
    for (const [name, range] of Object.entries(ranges ?? {}))
      if (range.startsWith('workspace:'))
        problems.push(`package.json: ${field}.${name} is ${range}`);
  }
  if (
    JSON.stringify(manifest.exports) !== JSON.stringify(withoutSourceCondition(workspace.exports))
  )
    problems.push(
      'package.json: exports differ from the workspace manifest (publishConfig.exports)',
    );
  const bins =
    typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {});
  const targets = [
    ...exportTargets(manifest.exports),
    ...[manifest.main, manifest.module, manifest.types, ...bins].filter(
      (t): t is string => t !== undefined,
    ),
  ];
  for (const target of new Set(targets))
    if (!targetExists(target, files))
      problems.push(`package.json: ${target} is not in the tarball`);
  if (!files.has('README.md')) problems.push('README.md is missing');
  else
    for (const link of relativeLinks(pkg.read('README.md')))
      problems.push(`README.md: the link ${link} does not work on npm`);
  return problems;
}
