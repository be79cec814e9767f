// Generates the tables of docs/rules.md from the rule tables of @poortwachter/core, so the
// reference can never drift from the engine. Only the blocks between
// `<!-- generated: NAME -->` and `<!-- end generated: NAME -->` are rewritten; the prose around
// them is written by hand.
//
// Rewrite:  pnpm exec tsx --conditions=@poortwachter/source scripts/rules-reference.ts --write
// Check:    pnpm exec vitest run scripts/rules-reference.test.ts
import {
  type Anchor,
  AOW_AGE_SOURCE,
  AOW_AGE_TABLE,
  AOW_AGE_TABLE_CHECKED,
  AOW_WAGE_PERIOD,
  BODY_PARTS,
  CASE_FINDING_RULES,
  type CaseFindingCode,
  type CaseFindingRule,
  DEFAULT_OPTIONS,
  daysBetween,
  dutchPublicHolidays,
  formatDate,
  MEDICAL_TERMS,
  MEDICAL_TERMS_SOURCE,
  MILESTONE_RULES,
  type MilestoneRule,
  NON_MEDICAL_PHRASES,
  OPTION_RULES,
  RIV_KINDS,
  RIV_KINDS_SOURCE,
  SPOOR2_DEFAULT_OPTIONS,
  SPOOR2_FINDING_RULES,
  SPOOR2_PHASES,
  SPOOR2_SKIP_GROUNDS,
  type Spoor2Point,
  type Spoor2Test,
  WAITING_PERIOD_EXTENSIONS,
  WARNING_RULES,
  type WarningCode,
  type WarningRule,
} from '@poortwachter/core';
import {
  type GeneratedBlocks,
  jsonBlock,
  markdownTable,
  writeGeneratedBlocks,
} from './docs-reference-blocks.js';

/** The year whose Atw holidays the reference lists as an example. */
export const HOLIDAY_EXAMPLE_YEAR = 2026;

const code = (s: string) => `\`${s}\``;
const both = (t: { nl: string; en: string }) => `${t.nl} / ${t.en}`;
const dayNumber = (date: string) => daysBetween('1970-01-01', date);

/** sd(n) with the week it closes, when it closes one. */
function sickDay(n: number, verlenging = false): string {
  const base = verlenging ? `sd(${n} + v)` : `sd(${n})`;
  if (n % 7 === 0) return `${base}, end of week ${n / 7}`;
  return n % 7 === 1 && n > 1 ? `${base}, after ${(n - 1) / 7} weeks` : base;
}

/** An anchor in words, as the rules reference writes it. */
export function describeAnchor(a: Anchor): string {
  switch (a.type) {
    case 'sick-day':
      return `${sickDay(a.n, a.followsVerlenging)}${a.counting === 'process' ? ' (process days)' : ''}`;
    case 'event-plus': {
      const ev = `recorded ${code(a.event)} + ${a.days} calendar days`;
      return a.combine === 'earlier'
        ? `the earlier of ${ev} and ${describeAnchor(a.otherwise)}`
        : `${ev}; without it ${describeAnchor(a.otherwise)}`;
    }
    case 'first-working-day-after':
      return `the first working day on or after the day after ${describeAnchor(a.of)}`;
    case 'waiting-period-end':
      return 'the last day of the waiting period: sd(728) with every extension (see Extensions); at AOW age on D1 the end of the AOW wage period (§3)';
    case 'recurring':
      return `every ${a.every} process days after the later of the previous one and ${code(a.after)} (recorded date, else due date), while within the waiting period`;
  }
}

/** What a row does beyond its dates: skip event, late event, AOW, working-day roll. */
function rowNotes(r: MilestoneRule): string {
  const notes: string[] = [];
  notes.push(r.event === null ? 'no event: a date that passes' : `done by ${code(r.event)}`);
  if (r.skipEvent) notes.push(`not applicable once ${code(r.skipEvent)} is recorded`);
  if (r.lateEventExtendsWaitingPeriod) notes.push('a late event extends the waiting period');
  if (r.rollsToWorkingDay) notes.push('moves to a working day under `roll-to-working-day`');
  notes.push(r.appliesAtAowAge ? 'applies at AOW age on D1' : 'not at AOW age on D1');
  return notes.join('; ');
}

function milestonesBlock(): string {
  const rules: readonly MilestoneRule[] = MILESTONE_RULES;
  return markdownTable(
    [
      'id',
      'label (nl / en)',
      'due',
      'window start',
      'kind',
      'actor',
      'notes',
      'source',
      'valid for D1',
    ],
    rules.map((r) => [
      r.due.type === 'recurring' ? `${code(`${r.id}-1`)} … ${code(`${r.id}-n`)}` : code(r.id),
      both(r.label),
      describeAnchor(r.due),
      r.windowStart ? describeAnchor(r.windowStart) : '—',
      r.kind,
      r.actor,
      rowNotes(r),
      r.source,
      `from ${r.validFrom}${r.validTo ? ` to ${r.validTo}` : ''}`,
    ]),
  );
}

/** Whether an anchor (or one inside it) counts process days. */
function countsProcessDays(a: Anchor | undefined): boolean {
  if (a === undefined) return false;
  switch (a.type) {
    case 'sick-day':
    case 'recurring':
      return a.counting === 'process';
    case 'event-plus':
      return countsProcessDays(a.otherwise);
    case 'first-working-day-after':
      return countsProcessDays(a.of);
    case 'waiting-period-end':
      return false;
  }
}

/** The rows whose dates follow the `processDeadlines` option, and those that never do. */
function processRowsBlock(): string {
  const rules: readonly MilestoneRule[] = MILESTONE_RULES;
  const process = rules.filter(
    (r) =>
      countsProcessDays(r.due) ||
      countsProcessDays(r.windowStart) ||
      (r.variants ?? []).some((v) => countsProcessDays(v.due) || countsProcessDays(v.windowStart)),
  );
  const list = (rows: readonly MilestoneRule[]) => rows.map((r) => code(r.id)).join(', ');
  return `- Counted in process days: ${list(process)}.\n- Always counted in sick days: ${list(rules.filter((r) => !process.includes(r)))}.`;
}

/** The rows that `weekendDeadlines: 'roll-to-working-day'` moves. */
function rollRowsBlock(): string {
  const rules: readonly MilestoneRule[] = MILESTONE_RULES;
  const list = (rows: readonly MilestoneRule[]) => rows.map((r) => code(r.id)).join(', ');
  return `- Moved to the next working day: ${list(rules.filter((r) => r.rollsToWorkingDay))}.\n- Never moved: ${list(rules.filter((r) => !r.rollsToWorkingDay))}; no window start moves either.`;
}

function extensionsBlock(): string {
  const limits = (r: {
    minWeeks: number | null;
    maxWeeks: number | null;
    endsAfterDays: number | null;
  }): string =>
    [
      r.minWeeks === null ? null : `at least ${r.minWeeks} weeks (fewer: a warning, not an error)`,
      r.maxWeeks === null ? null : `at most ${r.maxWeeks} weeks together`,
      r.endsAfterDays === null ? null : `ends ${r.endsAfterDays} days after the decision`,
    ]
      .filter((s) => s !== null)
      .join('; ') || 'none';
  return markdownTable(
    ['extension', 'recorded as', 'effect', 'limits', 'source'],
    Object.entries(WAITING_PERIOD_EXTENSIONS).map(([type, r]) => [
      `${code(type)}: ${both(r.label)}`,
      code(r.event),
      r.effect.en,
      limits(r),
      r.source,
    ]),
  );
}

/** Example values for each warning's message, so the table shows real wording. */
const WARNING_EXAMPLES: Record<WarningCode, Parameters<WarningRule['message']>[0]> = {
  'rules/version': { day: dayNumber(MILESTONE_RULES[0].validFrom) },
  'aow/at-start': { weeks: 6 },
  'aow/during-case': { day: dayNumber('2030-04-01') },
  'aow/unknown': {},
  'vrijwillige-verlenging/short': {},
};

function warningsBlock(): string {
  const rows = Object.entries(WARNING_RULES) as [WarningCode, WarningRule][];
  return markdownTable(
    ['code', 'severity as a finding', 'message (example)', 'source'],
    rows.map(([c, r]) => [code(c), r.severity, r.message(WARNING_EXAMPLES[c]).en, r.source]),
  );
}

/** Example values for each case finding's message. */
const CASE_FINDING_EXAMPLES: Record<CaseFindingCode, Parameters<CaseFindingRule['message']>[0]> = {
  'spoor-2-niet-nodig/aow-ground': {},
  'einde-dienstverband/riv-geen': { to: dayNumber('2025-02-15'), days: 41 },
  'einde-dienstverband/riv-verkort': { to: dayNumber('2025-02-28'), days: 54 },
  'einde-dienstverband/riv-volledig': { to: dayNumber('2025-06-30'), days: 176 },
};

function caseFindingsBlock(): string {
  const rows = Object.entries(CASE_FINDING_RULES) as [CaseFindingCode, CaseFindingRule][];
  return markdownTable(
    ['code', 'severity', 'message (example)', 'source'],
    rows.map(([c, r]) => [code(c), r.severity, r.message(CASE_FINDING_EXAMPLES[c]).en, r.source]),
  );
}

function aowTableBlock(): string {
  const table = markdownTable(
    ['AOW age reached in', 'AOW age', 'source'],
    AOW_AGE_TABLE.map((row) => [
      row.year === null ? 'before 2013' : String(row.year),
      `${row.years} years${row.months ? ` and ${row.months} month${row.months === 1 ? '' : 's'}` : ''}`,
      row.source,
    ]),
  );
  const last = AOW_AGE_TABLE[AOW_AGE_TABLE.length - 1]?.year;
  return `${table}\n\nLast year in the table: ${last}. Table source: ${AOW_AGE_SOURCE}. Last checked against the published ages on ${AOW_AGE_TABLE_CHECKED} (\`AOW_AGE_TABLE_CHECKED\`).`;
}

function aowWagePeriodBlock(): string {
  return markdownTable(
    ['first sick day (D1)', 'wage payment at AOW age'],
    AOW_WAGE_PERIOD.map((p) => [
      p.validFrom === null
        ? `before ${p.validTo}`
        : p.validTo === null
          ? `from ${p.validFrom}`
          : `${p.validFrom} to ${p.validTo}`,
      `${p.weeks} weeks (${p.weeks * 7} sick days)`,
    ]),
  );
}

function rivKindsBlock(): string {
  const rows = RIV_KINDS.map((r, i) => {
    const next = RIV_KINDS[i + 1];
    const range =
      next === undefined
        ? `${r.fromSickDays} or more`
        : r.fromSickDays === 0
          ? `fewer than ${next.fromSickDays}`
          : `${r.fromSickDays} to ${next.fromSickDays - 1}`;
    return [range, code(r.kind), code(`einde-dienstverband/riv-${r.kind}`)];
  });
  return `${markdownTable(['sick days of the chain on the last day of employment', 'RIV', 'finding'], rows)}\n\nSource: ${RIV_KINDS_SOURCE}.`;
}

function skipGroundsBlock(): string {
  return markdownTable(
    ['ground', 'meaning (nl / en)', 'extra check', 'source'],
    SPOOR2_SKIP_GROUNDS.map((g) => [
      code(g.ground),
      both(g.label),
      'aowWithinDaysAfterWaitingPeriod' in g
        ? `the AOW date must fall at most ${g.aowWithinDaysAfterWaitingPeriod} days after the last day of the waiting period; otherwise (or when it is unknown) the finding \`spoor-2-niet-nodig/aow-ground\``
        : '—',
      g.source,
    ]),
  );
}

function holidaysBlock(): string {
  return markdownTable(
    [`date (${HOLIDAY_EXAMPLE_YEAR})`, 'holiday'],
    dutchPublicHolidays(HOLIDAY_EXAMPLE_YEAR).map((h) => [
      `${h.date} (${formatDate(h.date, 'en', { weekday: true })})`,
      h.name,
    ]),
  );
}

function medicalTermsBlock(): string {
  const table = markdownTable(
    ['class', 'label (nl / en)', 'category of the AP policy rules', 'terms', 'examples'],
    MEDICAL_TERMS.map((c) => [
      code(c.id),
      both(c.label),
      c.category,
      String(c.terms.length),
      c.terms
        .slice(0, 5)
        .map((t) => code(t))
        .join(', '),
    ]),
  );
  const total = MEDICAL_TERMS.reduce((n, c) => n + c.terms.length, 0);
  return `${table}\n\n${total} terms in ${MEDICAL_TERMS.length} classes; ${BODY_PARTS.length} parts of the body for the compound terms (\`+operatie\`); ${NON_MEDICAL_PHRASES.length} phrases that contain a term but say nothing medical. Source of every class: ${MEDICAL_TERMS_SOURCE}.`;
}

function optionsBlock(): string {
  const rules: readonly MilestoneRule[] = MILESTONE_RULES;
  const changes = (option: string, value: string): string => {
    const hits = rules.flatMap((r) =>
      (r.variants ?? [])
        .filter((v) => v.option === option && v.value === value)
        .map((v) =>
          [
            v.due ? `${code(r.id)} due ${describeAnchor(v.due)}` : null,
            v.windowStart ? `${code(r.id)} window from ${describeAnchor(v.windowStart)}` : null,
          ]
            .filter((s) => s !== null)
            .join('; '),
        ),
    );
    return hits.length > 0 ? ` Rule variant: ${hits.join('; ')}.` : '';
  };
  const row = (o: (typeof OPTION_RULES)[number]): string[] => {
    switch (o.kind) {
      case 'choice': {
        const [first, ...rest] = o.values;
        return [
          code(o.name),
          both(o.label),
          `${code(first.value)}: ${first.description.en}`,
          rest
            .map((v) => `${code(v.value)}: ${v.description.en}.${changes(o.name, v.value)}`)
            .join(' '),
          o.source,
        ];
      }
      case 'integer':
        return [
          code(o.name),
          both(o.label),
          `${o.default}`,
          `any whole number ≥ ${o.min}`,
          o.source,
        ];
      case 'calendar':
        return [
          code(o.name),
          both(o.label),
          'the Atw list (see Working days)',
          '`{ base?: "atw" | "weekends-only", nonWorkingDays?: ["YYYY-MM-DD", …] }`',
          o.source,
        ];
    }
  };
  const rows = OPTION_RULES.map(row);
  return markdownTable(
    ['option', 'label (nl / en)', 'default', 'alternative', 'source of the reading'],
    rows,
  );
}

function optionDefaultsBlock(): string {
  return jsonBlock(DEFAULT_OPTIONS);
}

function spoor2PhasesBlock(): string {
  return markdownTable(
    ['#', 'phase', 'label (nl / en)', 'what happens', 'what UWV looks for'],
    SPOOR2_PHASES.map((p, i) => [
      String(i + 1),
      code(p.id),
      both(p.label),
      p.happens.en,
      p.uwvLooksFor.en,
    ]),
  );
}

const POINT: Record<Spoor2Point, string> = {
  referral: 'the referral',
  intake: 'the intake',
  plan: 'the trajectplan',
  close: 'the end of the trajectory (the earlier of `end` and the outcome date)',
  'eind-report': 'a report of kind `eind`',
};

/** How a spoor-2 finding is detected, in words, from its test. */
export function describeSpoor2Test(t: Spoor2Test): string {
  switch (t.type) {
    case 'deadline':
      return t.recordedLate
        ? `${POINT[t.event]} comes more than \`${t.limit}\` days after ${POINT[t.from]}, or there is none yet when the as-of date is past that`
        : `there is no ${POINT[t.event].replace(/^(a|the) /, '')} yet when the as-of date is more than \`${t.limit}\` days after ${POINT[t.from]}`;
    case 'plan-parts':
      return `a trajectplan without ${t.parts.map((p) => `${p.label.en} (\`${p.path.join('.')}\`)`).join(', or without ')}; one finding per missing part`;
    case 'distinct-functions':
      return `a zoekprofiel naming fewer than \`${t.limit}\` distinct functions (but at least one)`;
    case 'application-windows':
      return `in a complete window of \`${t.window}\` days of the mediation period (consecutive windows from its start), fewer than \`${t.perWeek}\` × window ÷ 7 applications; one finding listing the short windows in \`windows\``;
    case 'gaps':
      return `more than \`${t.limit}\`${t.unitDays === 7 ? ' × 7' : ''} days between consecutive ${t.points === 'entries' ? 'dated entries (intake, activities, applications)' : 'reporting points (the trajectplan, each progress report)'}, and from the last one to the as-of date while the trajectory runs; one finding per gap, with its \`period\``;
    case 'precedes':
      return 'a trajectplan with no arbeidsdeskundig report dated on or before it';
  }
}

function spoor2FindingsBlock(): string {
  return markdownTable(
    ['code', 'a finding when', 'thresholds (option = default)', 'severity', 'kind', 'source'],
    SPOOR2_FINDING_RULES.map((r) => [
      code(r.code),
      describeSpoor2Test(r.test),
      r.thresholds.length === 0
        ? '—'
        : r.thresholds
            .map(
              (t) =>
                `\`${t.option}\` = ${t.default}${t.agreedInPlan ? ` (the trajectplan’s \`${t.option}\` wins)` : ''}`,
            )
            .join('; '),
      r.severity,
      r.kind,
      r.source,
    ]),
  );
}

function spoor2DefaultsBlock(): string {
  return jsonBlock(SPOOR2_DEFAULT_OPTIONS);
}

/** Every generated block of docs/rules.md, from the current tables. */
export function rulesBlocks(): GeneratedBlocks {
  return {
    milestones: milestonesBlock(),
    extensions: extensionsBlock(),
    warnings: warningsBlock(),
    'case-findings': caseFindingsBlock(),
    'aow-table': aowTableBlock(),
    'aow-wage-period': aowWagePeriodBlock(),
    'riv-kinds': rivKindsBlock(),
    'skip-grounds': skipGroundsBlock(),
    holidays: holidaysBlock(),
    'medical-terms': medicalTermsBlock(),
    'process-rows': processRowsBlock(),
    'roll-rows': rollRowsBlock(),
    options: optionsBlock(),
    'option-defaults': optionDefaultsBlock(),
    'spoor2-phases': spoor2PhasesBlock(),
    'spoor2-findings': spoor2FindingsBlock(),
    'spoor2-defaults': spoor2DefaultsBlock(),
  };
}

/** The committed rules reference. */
export const RULES_DOC = new URL('../docs/rules.md', import.meta.url);

if (process.argv[1]?.endsWith('rules-reference.ts') && process.argv.includes('--write'))
  console.log(
    writeGeneratedBlocks(RULES_DOC, rulesBlocks())
      ? 'docs/rules.md rewritten'
      : 'docs/rules.md current',
  );
