// pnpm release: versions from the pending changesets, a build that checks every package, a
// release commit, `pnpm publish -r` (which rewrites the `workspace:` ranges between the packages
// to real versions; `changeset publish` would publish them verbatim), and a tag per package.
// `pnpm release --dry-run` changes nothing: it shows the pending versions, builds, and lists what
// would be published. Push afterwards with `git push --follow-tags`.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** One step of a release: a command, or the release commit (whose message needs the versions). */
export type ReleaseStep = { run: readonly string[] } | { commit: true };

/**
 * The steps of a release, in order.
 *
 * @param dryRun - Whether to change nothing: no new versions, no commit, no publish, no tags.
 * @returns The steps.
 * @example
 * ```ts
 * releaseSteps(false).map((s) => ('run' in s ? s.run.join(' ') : 'commit'));
 * // ['pnpm exec changeset version', 'pnpm build', 'commit', 'pnpm publish -r --access public', 'pnpm exec changeset tag']
 * ```
 * @category Release
 */
export function releaseSteps(dryRun: boolean): ReleaseStep[] {
  if (dryRun)
    return [
      { run: ['pnpm', 'exec', 'changeset', 'status', '--verbose'] },
      { run: ['pnpm', 'build'] },
      { run: ['pnpm', 'publish', '-r', '--access', 'public', '--dry-run', '--no-git-checks'] },
    ];
  return [
    { run: ['pnpm', 'exec', 'changeset', 'version'] },
    { run: ['pnpm', 'build'] },
    { commit: true },
    { run: ['pnpm', 'publish', '-r', '--access', 'public'] },
    { run: ['pnpm', 'exec', 'changeset', 'tag'] },
  ];
}

/**
 * The message of the release commit: every published package with its version.
 *
 * @param packages - Name and version of each package.
 * @returns `Release @poortwachter/core@0.2.0, …`.
 * @example
 * ```ts
 * releaseMessage([{ name: '@poortwachter/core', version: '0.2.0' }]); // 'Release @poortwachter/core@0.2.0'
 * ```
 * @category Release
 */
export function releaseMessage(packages: readonly { name: string; version: string }[]): string {
  return `Release ${packages.map((p) => `${p.name}@${p.version}`).join(', ')}`;
}

function sh(command: readonly string[]): void {
  process.stdout.write(`\n$ ${command.join(' ')}\n`);
  const r = spawnSync(command[0] ?? '', command.slice(1), { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`release stopped: ${command.join(' ')} failed\n`);
    process.exit(r.status ?? 1);
  }
}

function main(): void {
  const dryRun = process.argv.includes('--dry-run');
  const status = spawnSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' });
  if (!dryRun && status.stdout.trim() !== '') {
    process.stderr.write('release stopped: commit or stash your changes first\n');
    process.exit(1);
  }
  for (const step of releaseSteps(dryRun)) {
    if ('run' in step) {
      sh(step.run);
      continue;
    }
    const packages = readdirSync(`${ROOT}packages`).map(
      (dir) =>
        JSON.parse(readFileSync(`${ROOT}packages/${dir}/package.json`, 'utf8')) as {
          name: string;
          version: string;
        },
    );
    sh(['git', 'add', '-A']);
    sh(['git', 'commit', '-m', releaseMessage(packages)]);
  }
  if (!dryRun)
    process.stdout.write('\nReleased. Push the commit and the tags: git push --follow-tags\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
