import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { consumerApp, ROOT } from './consumer-app.js';

const FIXTURES = join(ROOT, 'fixtures', 'dossier');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

let app: string;

beforeAll(() => {
  app = consumerApp();
}, 300_000);

/** Runs a script of the app and parses the JSON line it prints. */
function run(script: string): Record<string, unknown> {
  const out = execFileSync(process.execPath, [script, FIXTURES], { cwd: app, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}');
}

/**
 * What both scripts must print: documents rendered, one DocumentIncompleteError class, and the
 * case file's JSON Schema from `@poortwachter/schema/json-schema` equal to the shipped file.
 */
const EXPECTED = {
  planIsZip: true,
  overviewHasPicture: true,
  mainIsDocumentIncompleteError: true,
  nodeIsDocumentIncompleteError: true,
  nodeIsPoortwachterError: true,
  nodeCodes: ['document/plan-van-aanpak/unsigned', 'document/plan-van-aanpak/unsigned'],
  blocksHeading: 'object',
  jsonSchemaAsShipped: true,
};

describe('the packed packages in an app outside the workspace', () => {
  it('render and throw one DocumentIncompleteError class in a CommonJS app (require)', () => {
    expect(run('render.cjs')).toMatchObject(EXPECTED);
  });

  it('render and throw one DocumentIncompleteError class in an ES module app (import)', () => {
    expect(run('render.mjs')).toMatchObject(EXPECTED);
  });

  it.each(['node16', 'bundler'])(
    'typecheck with moduleResolution %s, the kind-typed options and code unions included',
    (resolution) => {
      const result = (() => {
        try {
          execFileSync(process.execPath, [TSC, '-p', `tsconfig.${resolution}.json`], {
            cwd: app,
            encoding: 'utf8',
          });
          return '';
        } catch (error) {
          return String((error as { stdout?: string }).stdout ?? error);
        }
      })();
      expect(result).toBe('');
    },
  );

  it('run the poortwachter command from its tarball', () => {
    const out = execFileSync(
      process.execPath,
      [join(app, 'node_modules', '@poortwachter', 'cli', 'bin', 'poortwachter.js'), '--help'],
      { cwd: app, encoding: 'utf8' },
    );
    expect(out).toMatch(/poortwachter/);
  });
});
