import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type PortfolioJob,
  summarizeInOneThread,
  summarizeInWorkers,
} from './portfolio-workers.js';

// A worker thread runs JavaScript with the built packages; here the worker script is bundled
// from the packages' source first, as an integrator's build would do.
let dir: string;
let worker: URL;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'portfolio-workers-'));
  const outfile = join(dir, 'portfolio-worker.mjs');
  await build({
    entryPoints: [new URL('./portfolio-worker.mjs', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    conditions: ['@poortwachter/source'],
    outfile,
    logLevel: 'warning',
  });
  worker = pathToFileURL(outfile);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a portfolio over worker threads (portfolio-workers.ts)', () => {
  it('merges the parts of 2,000 cases from 2 workers into the summary of one thread', async () => {
    const job: PortfolioJob = { cases: 2_000, chunkSize: 250, seed: 42, asOf: '2025-09-01' };
    const merged = await summarizeInWorkers(job, { workers: 2, worker });
    expect(merged.total.cases).toBe(2_000);
    expect(JSON.stringify(merged)).toBe(JSON.stringify(summarizeInOneThread(job)));
  });

  it('gives the same summary with a chunk left over and grouping keys', async () => {
    const job: PortfolioJob = {
      cases: 700,
      chunkSize: 300,
      seed: 7,
      asOf: '2026-01-05',
      groupBy: ['afdeling'],
    };
    const merged = await summarizeInWorkers(job, { workers: 2, worker });
    expect(merged).toEqual(summarizeInOneThread(job));
    expect(Object.keys(merged.byGroup)).toEqual(['afdeling']);
  });
});
