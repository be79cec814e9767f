import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { releaseMessage, releaseSteps } from './release.js';

const commands = (dryRun: boolean) =>
  releaseSteps(dryRun).map((s) => ('run' in s ? s.run.join(' ') : 'commit'));

describe('pnpm release', () => {
  it('versions by changesets, builds, commits, publishes with pnpm publish -r, then tags', () => {
    expect(commands(false)).toEqual([
      'pnpm exec changeset version',
      'pnpm build',
      'commit',
      'pnpm publish -r --access public',
      'pnpm exec changeset tag',
    ]);
    // changeset publish would publish the workspace: ranges verbatim.
    expect(commands(false).join('\n')).not.toContain('changeset publish');
  });

  it('changes nothing in a dry run', () => {
    const dry = commands(true);
    expect(dry).not.toContain('commit');
    expect(dry.filter((c) => /changeset (version|tag)/.test(c))).toEqual([]);
    expect(dry.filter((c) => c.startsWith('pnpm publish'))).toEqual([
      'pnpm publish -r --access public --dry-run --no-git-checks',
    ]);
  });

  it('names every package and version in the release commit', () => {
    expect(
      releaseMessage([
        { name: '@poortwachter/core', version: '0.2.0' },
        { name: '@poortwachter/cli', version: '0.2.0' },
      ]),
    ).toBe('Release @poortwachter/core@0.2.0, @poortwachter/cli@0.2.0');
  });

  it('is what the package.json scripts run', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.release).toBe('tsx scripts/release.ts');
    expect(pkg.scripts.demo).toBe('tsx scripts/demo.ts');
  });
});
