import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { run } from './run.js';
import { captureIo } from './testing/capture-io.js';
import { fixturePath, REPO_ROOT } from './testing/fixture-path.js';

const BSN = '123456782';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'poortwachter-cli-'));
  const files: Record<string, string> = {
    'not-json.json': '{\n  "sickPeriods": [\n  }\n',
    'truncated.json': '{ "sickPeriods": [',
    'impossible-date.json': JSON.stringify({ sickPeriods: [{ start: '2025-02-30' }] }),
    'dutch-date.json': JSON.stringify({ sickPeriods: [{ start: '6-1-2025' }] }),
    'no-period.json': JSON.stringify({ sickPeriods: [] }),
    'overlap.json': JSON.stringify({
      employee: { bsn: BSN },
      sickPeriods: [{ start: '2025-01-06', end: '2025-02-01' }, { start: '2025-01-20' }],
    }),
    'end-before-start.json': JSON.stringify({
      sickPeriods: [{ start: '2025-03-10', end: '2025-03-01' }],
    }),
    'open-not-latest.json': JSON.stringify({
      sickPeriods: [{ start: '2025-01-06' }, { start: '2025-06-01' }],
    }),
    'unknown-field.json': JSON.stringify({
      sickPeriods: [{ start: '2025-01-06' }],
      diagnosis: 'x',
    }),
    'unknown-event.json': JSON.stringify({
      sickPeriods: [{ start: '2025-01-06' }],
      events: [
        { type: 'ziekmelding-bedrijfsarts', date: '2025-01-07' },
        { type: 'koffie', date: '2025-01-08' },
      ],
    }),
    'bad-bsn.json': JSON.stringify({
      employee: { name: 'Jan', bsn: '123456789' },
      sickPeriods: [{ start: '2025-01-06' }],
    }),
    'array.json': '[]',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
});

const runIn = async (cwd: string, args: string[], env: Record<string, string> = {}) => {
  const captured = captureIo({ cwd, env });
  const code = await run(args, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
};

describe('top level', () => {
  it('prints the version of the package', async () => {
    for (const flag of ['--version', '-v']) {
      const r = await runIn(REPO_ROOT, [flag]);
      expect(r).toEqual({ code: 0, stdout: `${packageJson.version}\n`, stderr: '' });
    }
  });

  it('prints help in Dutch, or in English with --lang en', async () => {
    const nl = await runIn(REPO_ROOT, ['--help']);
    expect(nl.code).toBe(0);
    expect(nl.stdout).toContain('Gebruik: poortwachter <commando>');
    const en = await runIn(REPO_ROOT, ['--lang', 'en', '-h']);
    expect(en.stdout).toContain('Usage: poortwachter <command>');
  });

  it('prints a command help with "<command> --help" and with "help <command>"', async () => {
    for (const args of [
      ['timeline', '--help'],
      ['help', 'timeline'],
      ['timeline', '-h', 'ignored.json'],
    ]) {
      const r = await runIn(REPO_ROOT, args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Gebruik: poortwachter timeline/);
    }
    expect((await runIn(REPO_ROOT, ['check', '--help', '--lang', 'en'])).stdout).toMatch(
      /^Usage: poortwachter check/,
    );
  });

  it('exits 2 without a command or with an unknown one', async () => {
    expect(await runIn(REPO_ROOT, [])).toEqual({
      code: 2,
      stdout: '',
      stderr: '<command>: geef een commando (zie --help)\n',
    });
    expect(await runIn(REPO_ROOT, ['timelin', '--lang', 'en'])).toEqual({
      code: 2,
      stdout: '',
      stderr: '<command>: unknown command (see --help)\n',
    });
  });

  it('exits 2 for an unknown --lang', async () => {
    const r = await runIn(REPO_ROOT, [
      'timeline',
      '--first-sick-day',
      '2025-01-06',
      '--lang',
      'fr',
    ]);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: '--lang: ongeldige waarde: kies uit nl, en\n',
    });
  });
});

describe('bad input: exit 2, one line per problem with its path, no stack, no BSN', () => {
  const cases: [string, string[], string][] = [
    [
      'not JSON, with line and column',
      ['timeline', 'not-json.json'],
      'not-json.json: geen geldige JSON: onverwacht teken op regel 3, kolom 3',
    ],
    [
      'truncated JSON',
      ['timeline', 'truncated.json'],
      'truncated.json: geen geldige JSON: de tekst houdt te vroeg op (regel 1, kolom 19)',
    ],
    ['an impossible date', ['timeline', 'impossible-date.json'], 'sickPeriods[0].start: '],
    ['a date not written as YYYY-MM-DD', ['check', 'dutch-date.json'], 'sickPeriods[0].start: '],
    ['no sick period', ['timeline', 'no-period.json'], 'sickPeriods: '],
    [
      'overlapping periods',
      ['timeline', 'overlap.json'],
      'sickPeriods[1]: Deze ziekteperiode overlapt met een andere ziekteperiode.',
    ],
    [
      'end before start',
      ['timeline', 'end-before-start.json'],
      'sickPeriods[0].end: De einddatum ligt vóór de begindatum.',
    ],
    [
      'an open period that is not the latest',
      ['timeline', 'open-not-latest.json'],
      'sickPeriods[0].end: ',
    ],
    [
      'an unknown field (the whole file is its place)',
      ['timeline', 'unknown-field.json'],
      'diagnosis: Onbekend veld: verwijder het of controleer de spelling.',
    ],
    ['an unknown event type', ['check', 'unknown-event.json'], 'events[1].type: '],
    ['a BSN failing the elfproef', ['timeline', 'bad-bsn.json'], 'employee.bsn: '],
    ['a JSON array instead of an object', ['timeline', 'array.json'], 'array.json: '],
    ['a missing file', ['timeline', 'nope.json'], 'nope.json: bestand niet gevonden'],
    ['a directory instead of a file', ['check', '.'], '.: dit is een map, geen bestand'],
    [
      'an unknown option',
      ['timeline', 'overlap.json', '--bogus'],
      '--bogus: onbekende optie (zie --help)',
    ],
    [
      'an option without its value',
      ['timeline', 'overlap.json', '--as-of'],
      '--as-of: deze optie vraagt een waarde',
    ],
    ['a flag given a value', ['timeline', '--help=yes'], '--help: deze optie neemt geen waarde'],
    ['a missing argument', ['timeline'], '<case.json>: geef een casusbestand of --first-sick-day'],
    [
      'an extra argument',
      ['check', 'overlap.json', 'extra.json'],
      'extra.json: onverwacht argument',
    ],
    [
      'both a file and --first-sick-day',
      ['timeline', 'overlap.json', '--first-sick-day', '2025-01-06'],
      '--first-sick-day: geef een casusbestand óf --first-sick-day, niet allebei',
    ],
    [
      'an invalid --as-of',
      ['timeline', '--first-sick-day', '2025-01-06', '--as-of', '2025-13-01'],
      '--as-of: geen bestaande datum in de vorm JJJJ-MM-DD',
    ],
    [
      'an invalid --first-sick-day',
      ['check', '--first-sick-day', '2025-02-29'],
      '--first-sick-day: geen bestaande datum in de vorm JJJJ-MM-DD',
    ],
    [
      'an unknown --format',
      ['check', '--first-sick-day', '2025-01-06', '--format', 'ics'],
      '--format: ongeldige waarde: kies uit text, json',
    ],
  ];

  it.each(cases)('%s', async (_name, args, expected) => {
    const r = await runIn(dir, args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith(expected)).toBe(true);
    for (const line of r.stderr.trimEnd().split('\n')) expect(line).toMatch(/^\S[^:]*: \S/);
    expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
    expect(r.stderr).not.toContain(BSN);
    expect(r.stderr).not.toContain('123456789');
  });

  it('lists every problem of a request, each on its own line', async () => {
    const r = await runIn(dir, ['timeline', '--bogus', '--as-of', 'gisteren', '--first-sick-day']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      '--bogus: onbekende optie (zie --help)\n--first-sick-day: deze optie vraagt een waarde\n',
    );
  });

  it('speaks English with --lang en, also about the case file', async () => {
    const r = await runIn(dir, ['timeline', 'end-before-start.json', '--lang', 'en']);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'sickPeriods[0].end: The end date is before the start date.\n',
    });
    const json = await runIn(dir, ['check', '--lang=en', 'not-json.json']);
    expect(json.stderr).toBe(
      'not-json.json: not valid JSON: unexpected character at line 3, column 3\n',
    );
  });
});

describe('internal errors', () => {
  it('prints one line without a stack and exits 2; the stack only with POORTWACHTER_DEBUG=1', async () => {
    const broken = captureIo({ cwd: REPO_ROOT });
    broken.io.stdout.write = () => {
      throw new Error(`disk full while writing ${BSN}`);
    };
    expect(
      await run(
        ['timeline', fixturePath('published-2007.json'), '--as-of', '2009-01-01'],
        broken.io,
      ),
    ).toBe(2);
    expect(broken.stderr()).toBe('interne fout: disk full while writing […]\n');

    const debug = captureIo({ cwd: REPO_ROOT, env: { POORTWACHTER_DEBUG: '1' } });
    debug.io.stdout.write = () => {
      throw new Error('disk full');
    };
    expect(
      await run(
        ['timeline', fixturePath('published-2007.json'), '--as-of', '2009-01-01', '--lang', 'en'],
        debug.io,
      ),
    ).toBe(2);
    expect(debug.stderr()).toMatch(/^internal error: disk full\nError: disk full\n\s+at /);
  });
});
