import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { fixturePath } from './testing/fixture-path.js';
import { buildCli, spawnCli } from './testing/spawn-cli.js';

const golden = (name: string) =>
  readFileSync(new URL(`./commands/__golden__/${name}`, import.meta.url), 'utf8');

beforeAll(buildCli);

describe('the built command, end to end', () => {
  it('prints its version', () => {
    expect(spawnCli(['--version'])).toEqual({
      code: 0,
      stdout: `${packageJson.version}\n`,
      stderr: '',
    });
  });

  it('writes the same timeline under any TZ', () => {
    for (const TZ of ['Pacific/Auckland', 'America/Los_Angeles']) {
      const r = spawnCli(
        [
          'timeline',
          fixturePath('voorbeeld-logistiek.json'),
          '--as-of',
          '2025-09-01',
          '--format',
          'ics',
        ],
        {
          env: { TZ },
        },
      );
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(golden('voorbeeld-logistiek.timeline.ics'));
    }
  });

  it('exits 1 from check with an error finding, and sets no colour in a pipe', () => {
    const r = spawnCli(['check', fixturePath('voorbeeld-logistiek.json'), '--as-of', '2025-09-01']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(golden('voorbeeld-logistiek.check.nl.txt'));
    expect(r.stderr).toBe('');
  });

  it('exits 2 on bad input with a field path on stderr and no stack trace', () => {
    const r = spawnCli([
      'timeline',
      '--first-sick-day',
      '2025-02-30',
      '--as-of',
      'morgen',
      '--lang',
      'en',
    ]);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: '--as-of: not an existing date in the form YYYY-MM-DD\n',
    });
    const missing = spawnCli(['check', 'geen-bestand.json']);
    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr: 'geen-bestand.json: bestand niet gevonden\n',
    });
  });
});
