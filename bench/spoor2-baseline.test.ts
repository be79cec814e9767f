import { assessSpoor2 } from '@poortwachter/core';
import { describe, expect, it } from 'vitest';
import { baselineAssessSpoor2 } from './spoor2-baseline.mjs';
import { SPOOR2_WORKLOAD, spoor2Inputs } from './spoor2-workload.mjs';

const inputs = spoor2Inputs(300);

describe('the spoor-2 benchmark baseline', () => {
  it('gives the same assessments as assessSpoor2 on 300 synthetic trajectories, on three dates', () => {
    for (const asOf of ['2024-03-01', SPOOR2_WORKLOAD.asOf, '2026-06-01']) {
      const differences = inputs.flatMap((input, i) => {
        const expected = assessSpoor2(input, { asOf });
        return JSON.stringify(baselineAssessSpoor2(input, { asOf })) === JSON.stringify(expected)
          ? []
          : [`${asOf} trajectory ${i}`];
      });
      expect(differences).toEqual([]);
    }
  });

  it('finds something to compare: most findings and phases occur in the workload', () => {
    const results = inputs.map((input) => assessSpoor2(input, { asOf: SPOOR2_WORKLOAD.asOf })!);
    expect(
      new Set(results.flatMap((r) => r.findings.map((f) => f.code))).size,
    ).toBeGreaterThanOrEqual(7);
    expect(new Set(results.map((r) => r.phase)).size).toBeGreaterThanOrEqual(4);
  });
});
