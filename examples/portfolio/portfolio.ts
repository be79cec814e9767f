// A portfolio view as an HR system would build it: every case file in a folder, validated, with
// its phase, spoor-2 status and the findings that need attention, grouped by department.
// Run: pnpm --filter @poortwachter/example-portfolio start [folder] [as-of]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { casePhase, checkCase, formatIssue, spoor2Status } from '@poortwachter/core';
import { parseCase } from '@poortwachter/schema';

/** One line of the portfolio: a case (by its external reference, never its BSN) and what it needs. */
export interface PortfolioLine {
  file: string;
  ref: string;
  group: string;
  phase: string;
  spoor2: string;
  errors: number;
  warnings: number;
  next: string | null;
}

/**
 * Reads every `*.json` case file in `dir` and summarises it as of `asOf`. Invalid files are
 * listed with their problems (field path and message) instead of failing the whole portfolio.
 */
export function portfolio(
  dir: string,
  asOf: string,
): { lines: PortfolioLine[]; invalid: { file: string; problems: string[] }[] } {
  const lines: PortfolioLine[] = [];
  const invalid: { file: string; problems: string[] }[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const parsed = parseCase(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!parsed.success) {
      invalid.push({ file, problems: parsed.issues.map((i) => formatIssue(i, 'en')) });
      continue;
    }
    const c = parsed.data;
    const findings = checkCase(c, { asOf });
    const next = findings.find((f) => f.severity !== 'info');
    lines.push({
      file,
      ref: c.externalRef ?? file,
      group: c.groups?.afdeling ?? '—',
      phase: casePhase(c, { asOf }).phase,
      spoor2: spoor2Status(c, { asOf }).spoor2,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      next: next ? next.message.en : null,
    });
  }
  return { lines, invalid };
}

if (process.argv[1]?.endsWith('portfolio.ts')) {
  const [dir = '../../fixtures/cases', asOf = '2025-09-01'] = process.argv.slice(2);
  const { lines, invalid } = portfolio(dir, asOf);
  for (const l of lines)
    console.log(
      `${l.group.padEnd(12)} ${l.ref.padEnd(28)} ${l.phase.padEnd(13)} spoor 2: ${l.spoor2.padEnd(20)} ${l.errors} errors, ${l.warnings} warnings${l.next ? `: ${l.next}` : ''}`,
    );
  for (const i of invalid) console.log(`${i.file}: invalid\n  ${i.problems.join('\n  ')}`);
}
