// Generates docs/rules.md from the rule table, so the reference can never drift from the engine.
// Run: pnpm exec tsx --conditions=@poortwachter/source scripts/rules-reference.ts > docs/rules.md
import {
  type Anchor,
  AOW_AGE_SOURCE,
  AOW_AGE_TABLE,
  DEFAULT_OPTIONS,
  MILESTONE_RULES,
  type MilestoneRule,
} from '@poortwachter/core';

function describeAnchor(a: Anchor): string {
  switch (a.type) {
    case 'sick-day': {
      const base = `sd(${a.n}${a.followsVerlenging ? ' + verlenging' : ''})`;
      return a.counting === 'process' ? `${base} (process counting)` : base;
    }
    case 'event-plus': {
      const ev = `recorded \`${a.event}\` + ${a.days} days`;
      return a.combine === 'earlier'
        ? `the earlier of ${ev} and ${describeAnchor(a.otherwise)}`
        : `${ev}; without it ${describeAnchor(a.otherwise)}`;
    }
    case 'first-working-day-after':
      return `first working day on or after the day after ${describeAnchor(a.of)}`;
    case 'waiting-period-end':
      return 'last day of the waiting period, extensions included';
    case 'recurring':
      return `every ${a.every} process days after the later of the previous one and \`${a.after}\``;
  }
}

/** The rules reference as Markdown. */
export function renderRulesReference(): string {
  const lines: string[] = [
    '# Rules reference',
    '',
    '_Generated from `MILESTONE_RULES` in `@poortwachter/core` by `scripts/rules-reference.ts`; do not edit by hand._',
    '',
    'sd(n) is the calendar date of sick-day n of the chain (gap and leave days not counted). "Process counting" follows',
    'the `processDeadlines` option: sick days by default, calendar days from the first sick day with `calendar`.',
    '',
    '| id | label (nl / en) | due | window start | kind | actor | source | valid for D1 |',
    '|---|---|---|---|---|---|---|---|',
  ];
  const rules: readonly MilestoneRule[] = MILESTONE_RULES;
  for (const r of rules) {
    const id = r.due.type === 'recurring' ? `\`${r.id}-1\` … \`${r.id}-n\`` : `\`${r.id}\``;
    const due = describeAnchor(r.due);
    const validity = `from ${r.validFrom}${r.validTo ? ` to ${r.validTo}` : ''}`;
    lines.push(
      `| ${id} | ${r.label.nl} / ${r.label.en} | ${due} | ${r.windowStart ? describeAnchor(r.windowStart) : '—'} | ${r.kind} | ${r.actor} | ${r.source} | ${validity} |`,
    );
  }
  lines.push(
    '',
    '## Alternative readings (options)',
    '',
    '| rule | option | value | due | window start |',
    '|---|---|---|---|---|',
  );
  for (const r of rules)
    for (const v of r.variants ?? [])
      lines.push(
        `| \`${r.id}\` | \`${v.option}\` | \`${v.value}\` | ${v.due ? describeAnchor(v.due) : '—'} | ${v.windowStart ? describeAnchor(v.windowStart) : '—'} |`,
      );
  lines.push(
    '',
    'Defaults of every option:',
    '',
    '```json',
    JSON.stringify(DEFAULT_OPTIONS, null, 2),
    '```',
  );
  lines.push(
    '',
    '## AOW age',
    '',
    `Source: ${AOW_AGE_SOURCE}.`,
    '',
    '| AOW age reached in | age |',
    '|---|---|',
  );
  for (const row of AOW_AGE_TABLE)
    lines.push(
      `| ${row.year ?? 'before 2013'} | ${row.years} years${row.months ? ` ${row.months} months` : ''} |`,
    );
  return `${lines.join('\n')}\n`;
}

if (process.argv[1]?.endsWith('rules-reference.ts')) process.stdout.write(renderRulesReference());
