// pnpm demo: builds the packages quietly (the log goes to out/build.log and is shown only when the
// build fails), then prints the timeline and the findings of the example case with the command
// the README shows (`pnpm exec poortwachter …`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The commands of the demo, as the README shows them after `pnpm exec poortwachter`. */
export const DEMO_STEPS: readonly (readonly string[])[] = [
  ['timeline', 'examples/case.json', '--as-of', '2025-09-01'],
  ['check', 'examples/case.json', '--as-of', '2025-09-01'],
];

/**
 * Runs a command with its output kept in a log file; prints the log (on stderr) only when the
 * command fails.
 *
 * @param command - The program.
 * @param args - Its arguments.
 * @param log - The log file's path.
 * @returns The command's exit code.
 * @example
 * ```ts
 * quietly('pnpm', ['build'], 'out/build.log'); // 0, nothing printed
 * ```
 * @category Demo
 */
export function quietly(command: string, args: readonly string[], log: string): number {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? `${result.error.message}\n` : ''}`;
  writeFileSync(log, output);
  const status = result.status ?? 1;
  if (status !== 0)
    process.stderr.write(
      `${output}\n${command} ${args.join(' ')} failed (exit ${status}); the log is in ${log}\n`,
    );
  return status;
}

function main(): void {
  mkdirSync(`${ROOT}out`, { recursive: true });
  process.stdout.write('Building the packages (log: out/build.log) …\n');
  const built = quietly('pnpm', ['build'], `${ROOT}out/build.log`);
  if (built !== 0) process.exit(built);
  for (const step of DEMO_STEPS) {
    process.stdout.write(`\n$ pnpm exec poortwachter ${step.join(' ')}\n\n`);
    const r = spawnSync(process.execPath, [`${ROOT}packages/cli/bin/poortwachter.js`, ...step], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    // `check` ends with 1 when it finds an error: that is the demo working, not failing.
    if ((r.status ?? 1) > 1) process.exit(r.status ?? 1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
