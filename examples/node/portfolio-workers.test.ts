import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Example from './portfolio-workers.js';
import { type PortfolioJob, summarizeInOneThread } from './portfolio-workers.js';

// Worker threads run JavaScript: the test bundles the example (from the packages' source) into
// one module, as an integrator's build would, and starts the workers from that bundle.
let dir: string;
let example: typeof Example;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'portfolio-workers-'));
  const outfile = join(dir, 'portfolio-workers.mjs');
  await build({
    entryPoints: [new URL('./portfolio-workers.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    conditions: ['@poortwachter/source'],
    outfile,
    logLevel: 'warning',
  });
  example = await import(outfile);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a portfolio over worker threads (portfolio-workers.ts)', () => {
  it('merges the parts of 2,000 cases from 2 workers into the summary of one thread', async () => {
    const job: PortfolioJob = { cases: 2_000, chunkSize: 250, seed: 42, asOf: '2025-09-01' };
    const merged = await example.summarizeInWorkers(job, { workers: 2, execArgv: [] });
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
    const merged = await example.summarizeInWorkers(job, { workers: 2, execArgv: [] });
    expect(merged).toEqual(summarizeInOneThread(job));
    expect(Object.keys(merged.byGroup)).toEqual(['afdeling']);
  });
});
