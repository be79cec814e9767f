#!/usr/bin/env node
// The whole test suite, as CI runs it: build, typecheck, lint, the API reference, every test once (TZ=Europe/Amsterdam),
// the date-dependent suites (core, schema) again under TZ=UTC and TZ=Pacific/Auckland, then one
// closing line `N passed, N failed` summed over all runs.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
};

// CI runs the suite on whatever Node the machine has: say which.
console.log(`Node ${process.version}`);

let failedSteps = 0;
for (const [name, args] of [
  ['build', ['build']],
  ['typecheck', ['typecheck']],
  ['lint', ['lint']],
  // The API reference: typedoc with treatWarningsAsErrors (an undocumented export, a broken link).
  ['api-docs', ['api-docs']],
]) {
  console.log(`\n── ${name} ──`);
  if (run('pnpm', args) !== 0) {
    console.error(`${name} failed`);
    failedSteps++;
  }
}

const suites = [
  { tz: 'Europe/Amsterdam', paths: [] },
  { tz: 'UTC', paths: ['packages/core', 'packages/schema'] },
  { tz: 'Pacific/Auckland', paths: ['packages/core', 'packages/schema'] },
];
let passed = 0;
let failed = 0;
for (const { tz, paths } of suites) {
  const out = `.vitest-${tz.replace('/', '-')}.json`;
  rmSync(out, { force: true });
  console.log(`\n── tests, TZ=${tz}${paths.length ? ` (${paths.join(', ')})` : ''} ──`);
  const status = run(
    'pnpm',
    [
      'exec',
      'vitest',
      'run',
      ...paths,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${out}`,
    ],
    { TZ: tz },
  );
  try {
    const json = JSON.parse(readFileSync(out, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    if (status !== 0 && json.numFailedTests === 0) failedSteps++;
  } catch {
    console.error(`no test results for TZ=${tz}`);
    failedSteps++;
  }
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failedSteps > 0 ? 1 : 0);
