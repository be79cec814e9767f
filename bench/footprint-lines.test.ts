import { describe, expect, it } from 'vitest';
import { bundleLine, importLine } from './footprint-lines.mjs';

describe('the footprint result lines', () => {
  it('print a bundle with its gzip target, met at the target and missed above it', () => {
    expect(bundleLine({ name: 'core' }, { minified: 32_849, gzip: 11_551 })).toBe(
      'bundle core: 32.8 kB minified, 11.6 kB gzip',
    );
    const target = { name: 'core + schema', maxGzipKb: 40 };
    expect(bundleLine(target, { minified: 97_000, gzip: 40_000 })).toBe(
      'bundle core + schema: 97.0 kB minified, 40.0 kB gzip (target ≤ 40 kB gzip: met)',
    );
    expect(bundleLine(target, { minified: 517_600, gzip: 114_400 })).toMatch(
      /114\.4 kB gzip .*MISSED\)$/,
    );
  });

  it('name what an app loads only on first use apart from what it loads up front', () => {
    const size = { minified: 460_400, gzip: 142_700, lazy: { minified: 1_117_600, gzip: 372_700 } };
    expect(bundleLine({ name: 'report' }, size)).toBe(
      'bundle report: 460.4 kB minified, 142.7 kB gzip; on first use 1117.6 kB minified, 372.7 kB gzip more',
    );
    expect(bundleLine({ name: 'core' }, { ...size, lazy: { minified: 0, gzip: 0 } })).toBe(
      'bundle core: 460.4 kB minified, 142.7 kB gzip',
    );
  });

  it('print an import time with the time before and the target, a third of it', () => {
    const report = { name: '@poortwachter/report', beforeMs: 301, maxShareOfBefore: 1 / 3 };
    // 301 / 3 = 100.33 ms: 100 ms meets the target, 101 ms does not.
    expect(importLine(report, 100)).toBe(
      'import @poortwachter/report: 100 ms (before 301 ms; target ≤ 100 ms, a third of before: met)',
    );
    expect(importLine(report, 101)).toMatch(/: MISSED\)$/);
    expect(importLine({ name: '@poortwachter/report/blocks' }, 121.6)).toBe(
      'import @poortwachter/report/blocks: 122 ms',
    );
  });
});
