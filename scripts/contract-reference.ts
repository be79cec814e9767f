// Generates the field tables and the examples of docs/contract.md. Every example is real output:
// the case files are files of this repository, and the results are produced here by the library
// and by the `poortwachter` command itself. Only the blocks between `<!-- generated: NAME -->`
// and `<!-- end generated: NAME -->` are rewritten; the prose around them is written by hand.
//
// Rewrite:  pnpm exec tsx --conditions=@poortwachter/source scripts/contract-reference.ts --write
// Check:    pnpm exec vitest run scripts/rules-reference.test.ts
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { run } from '@poortwachter/cli';
import {
  assessSpoor2,
  CASE_EVENT_TYPES,
  CASE_FINDING_RULES,
  type CaseInput,
  computeTimeline,
  INPUT_ISSUE_MESSAGES,
  MEDICAL_TERM_ISSUE_CODES,
  MILESTONE_RULES,
  type MilestoneRule,
  type MilestoneStatus,
  SEVERITY_LABELS,
  SPOOR2_FINDING_RULES,
  type Spoor2Trajectory,
  STATUS_LABELS,
  validateCaseInput,
  WAITING_PERIOD_EXTENSIONS,
  WARNING_RULES,
} from '@poortwachter/core';
import { caseJsonSchema } from '@poortwachter/schema/json-schema';
import {
  type GeneratedBlocks,
  jsonBlock,
  markdownTable,
  writeGeneratedBlocks,
} from './docs-reference-blocks.js';

const ROOT = new URL('../', import.meta.url);
const EXAMPLE_CASE = 'examples/case.json';
const INVALID_CASE = 'docs/examples/invalid-case.json';
const DOSSIER_CASE = 'fixtures/dossier/case.json';
/** The as-of date of every example. */
export const EXAMPLE_AS_OF = '2025-09-01';
const SPOOR2_AS_OF = '2025-06-20';

const code = (s: string) => `\`${s}\``;
const readText = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');
const readJson = <T>(path: string): T => JSON.parse(readText(path)) as T;

/** Runs the `poortwachter` command in this process and captures what it prints. */
async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        append(String(chunk));
        done();
      },
    });
  const exit = await run(argv, {
    stdout: sink((s) => {
      stdout += s;
    }),
    stderr: sink((s) => {
      stderr += s;
    }),
    cwd: fileURLToPath(ROOT),
    env: {},
    isTTY: { stdout: false, stderr: false },
  });
  return { code: exit, stdout, stderr };
}

const shell = (command: string, output: string, exit: number) =>
  `\`\`\`console\n$ ${command}\n${output.replace(/\n+$/, '')}\n$ echo $?\n${exit}\n\`\`\``;

// ── Case file ────────────────────────────────────────────────────────────────────────────

interface JsonSchema {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
}

/** The English half of a bilingual schema description ("nl — en"). */
const english = (s: JsonSchema): string => {
  const d = s.description ?? '';
  const i = d.lastIndexOf(' — ');
  return i === -1 ? d : d.slice(i + 3);
};

function typeOf(s: JsonSchema): string {
  if (s.anyOf) return s.anyOf.map(typeOf).join(' or ');
  if (s.const !== undefined) return code(JSON.stringify(s.const));
  if (s.enum) return s.enum.map((v) => code(String(v))).join(' \\| ');
  const bounds = [
    s.minimum !== undefined ? `≥ ${s.minimum}` : null,
    s.exclusiveMinimum !== undefined ? `> ${s.exclusiveMinimum}` : null,
    s.maximum !== undefined && s.maximum < Number.MAX_SAFE_INTEGER ? `≤ ${s.maximum}` : null,
  ].filter((b) => b !== null);
  switch (s.type) {
    case 'string':
      return s.format === 'date'
        ? 'date `YYYY-MM-DD`'
        : s.format === 'email'
          ? 'e-mail address'
          : 'text';
    case 'integer':
      return ['whole number', ...bounds].join(' ');
    case 'number':
      return ['number', ...bounds].join(' ');
    case 'boolean':
      return '`true` or `false`';
    case 'null':
      return '`null`';
    case 'array':
      return `list${s.minItems ? ` (at least ${s.minItems})` : ''} of ${s.items?.type === 'object' ? 'objects' : s.items ? typeOf(s.items) : '…'}`;
    case 'object':
      return typeof s.additionalProperties === 'object' ? 'object of text values' : 'object';
    default:
      return s.oneOf ? 'one of several objects' : '…';
  }
}

/** Rows `path | type | required | description`, walking objects and lists, except `stop` paths. */
function fieldRows(
  schema: JsonSchema,
  path: string,
  stop: Readonly<Record<string, string>>,
): string[][] {
  const rows: string[][] = [];
  const visit = (s: JsonSchema, at: string, required: boolean) => {
    const note = stop[at];
    rows.push([
      code(at),
      note === undefined ? typeOf(s) : note,
      required ? 'required' : 'optional',
      english(s),
    ]);
    if (note !== undefined) return;
    if (s.type === 'object' && s.properties)
      for (const [key, child] of Object.entries(s.properties))
        visit(child, `${at}.${key}`, s.required?.includes(key) ?? false);
    if (s.type === 'array' && s.items?.type === 'object' && s.items.properties)
      for (const [key, child] of Object.entries(s.items.properties))
        visit(child, `${at}[].${key}`, s.items.required?.includes(key) ?? false);
  };
  for (const [key, child] of Object.entries(schema.properties ?? {}))
    visit(child, path === '' ? key : `${path}.${key}`, schema.required?.includes(key) ?? false);
  return rows;
}

function caseFileFieldsBlock(): string {
  const schema = caseJsonSchema() as JsonSchema;
  const rows = fieldRows(schema, '', {
    events: 'list of events (see Events)',
    options: 'object (see `docs/rules.md` §6)',
    spoor2: 'object (see §6)',
  });
  return markdownTable(['field', 'type', 'presence', 'meaning'], rows);
}

function eventTypesBlock(): string {
  const rules: readonly MilestoneRule[] = MILESTONE_RULES;
  const extensions = Object.entries(WAITING_PERIOD_EXTENSIONS);
  return markdownTable(
    ['type', 'label (nl / en)', 'required besides `date`', 'what it does'],
    CASE_EVENT_TYPES.map((e) => {
      const effects = [
        ...rules
          .filter((r) => r.event === e.type)
          .map((r) => `completes ${code(r.due.type === 'recurring' ? `${r.id}-n` : r.id)}`),
        ...rules
          .filter((r) => r.skipEvent === e.type)
          .map((r) => `makes ${code(r.id)} not applicable`),
        ...extensions
          .filter(([, x]) => x.event === e.type)
          .map(([type]) => `extension ${code(type)}`),
      ];
      if (e.type === 'einde-dienstverband')
        effects.push('decides the RIV at the end of employment');
      return [
        code(e.type),
        `${e.label.nl} / ${e.label.en}`,
        e.requires.length === 0 ? '—' : e.requires.map(code).join(', '),
        effects.join('; ') || '—',
      ];
    }),
  );
}

// ── Timeline, statuses, findings ─────────────────────────────────────────────────────────

const TIMELINE_EXAMPLE_IDS = [
  'probleemanalyse',
  'evaluatie-2',
  'ziekmelding-uwv',
  'einde-wachttijd',
];

async function timelineExampleBlock(): Promise<string> {
  const out = await cli(['timeline', EXAMPLE_CASE, '--as-of', EXAMPLE_AS_OF, '--format', 'json']);
  const timeline = JSON.parse(out.stdout) as { milestones: { id: string }[] };
  const all = timeline.milestones.length;
  const shown = {
    ...timeline,
    milestones: timeline.milestones.filter((m) => TIMELINE_EXAMPLE_IDS.includes(m.id)),
  };
  return `\`poortwachter timeline ${EXAMPLE_CASE} --as-of ${EXAMPLE_AS_OF} --format json\` (exit code ${out.code}); ${shown.milestones.length} of its ${all} milestones are shown:\n\n${jsonBlock(shown)}`;
}

/** When each status applies, in words; typed so that a new status needs a line here. */
const STATUS_WHEN: Record<MilestoneStatus, string> = {
  done: 'its event is recorded on or before `due` (or `due` is `null`)',
  'done-late': 'its event is recorded after `due`, without a motivation',
  'late-with-motivation': 'its event is recorded after `due`, with a `motivation`',
  overdue: 'no event, and `asOf` is after `due`',
  'due-soon': 'no event, and `due − dueSoonDays ≤ asOf ≤ due` (`dueSoonDays` defaults to 14)',
  upcoming: 'no event, and `due` is further away',
  passed:
    'a milestone without an event of its own (a date that passes) or of kind `info` or `option`, once `due` is behind `asOf`: never overdue',
  'not-reached':
    'no event, and the sickness ended before `due` (then `due` is `null`, or for a date anchored on an event, kept for information); never a finding',
  'not-applicable': 'the rule does not apply to this case: AOW age, or a recorded skip ground',
};

function statusesBlock(): string {
  return markdownTable(
    ['status', 'nl', 'en', 'when'],
    (Object.keys(STATUS_WHEN) as MilestoneStatus[]).map((s) => [
      code(s),
      STATUS_LABELS[s].nl,
      STATUS_LABELS[s].en,
      STATUS_WHEN[s],
    ]),
  );
}

function severitiesBlock(): string {
  return markdownTable(
    ['severity', 'nl', 'en'],
    Object.entries(SEVERITY_LABELS).map(([s, l]) => [code(s), l.nl, l.en]),
  );
}

async function findingsExampleBlock(): Promise<string> {
  const out = await cli(['check', EXAMPLE_CASE, '--as-of', EXAMPLE_AS_OF, '--format', 'json']);
  return shell(
    `poortwachter check ${EXAMPLE_CASE} --as-of ${EXAMPLE_AS_OF} --format json`,
    out.stdout,
    out.code,
  );
}

async function checkTextBlock(): Promise<string> {
  const out = await cli(['check', EXAMPLE_CASE, '--as-of', EXAMPLE_AS_OF, '--lang', 'en']);
  return shell(
    `poortwachter check ${EXAMPLE_CASE} --as-of ${EXAMPLE_AS_OF} --lang en`,
    out.stdout,
    out.code,
  );
}

async function errorTextBlock(): Promise<string> {
  const out = await cli(['check', INVALID_CASE, '--lang', 'en']);
  return `${jsonBlock(readJson(INVALID_CASE))}\n\n${shell(`poortwachter check ${INVALID_CASE} --lang en`, out.stderr, out.code)}`;
}

function issuesJsonBlock(): string {
  return jsonBlock({ issues: validateCaseInput(readJson(INVALID_CASE)) });
}

/** `report --help`: the content-file and `--from-case` forms with every option. */
async function reportHelpBlock(): Promise<string> {
  const out = await cli(['report', '--help', '--lang', 'en']);
  return `\`\`\`console\n$ poortwachter report --help --lang en\n${out.stdout.replace(/\n+$/, '')}\n\`\`\``;
}

/** A progress report built from the example dossier's case alone (no narrative). */
async function reportFromCaseBlock(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'poortwachter-contract-'));
  try {
    const args = [
      'report',
      '--from-case',
      DOSSIER_CASE,
      '--kind',
      'spoor-2-voortgang',
      '--date',
      '2025-05-26',
      '-o',
      'voortgang-2.docx',
      '--lang',
      'en',
    ];
    const out = await cli([...args.slice(0, -3), join(dir, 'voortgang-2.docx'), '--lang', 'en']);
    const text = `${out.stderr}${out.stdout}`.replaceAll(`${dir}/`, '');
    return shell(`poortwachter ${args.join(' ')}`, text, out.code);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ── Spoor 2 ──────────────────────────────────────────────────────────────────────────────

function spoor2FieldsBlock(): string {
  const schema = caseJsonSchema() as JsonSchema;
  const spoor2 = schema.properties?.spoor2 ?? {};
  return markdownTable(['field', 'type', 'presence', 'meaning'], fieldRows(spoor2, 'spoor2', {}));
}

/** The example trajectory: the dossier fixture's, with every list cut to its first two entries. */
function exampleSpoor2(): { input: CaseInput; spoor2: Spoor2Trajectory } {
  const dossier = readJson<CaseInput & { spoor2: Spoor2Trajectory }>(DOSSIER_CASE);
  const spoor2 = Object.fromEntries(
    Object.entries(dossier.spoor2).map(([k, v]) => [k, Array.isArray(v) ? v.slice(0, 2) : v]),
  ) as unknown as Spoor2Trajectory;
  return {
    input: { sickPeriods: dossier.sickPeriods, events: dossier.events, spoor2 },
    spoor2,
  };
}

function spoor2SectionBlock(): string {
  return jsonBlock({ spoor2: exampleSpoor2().spoor2 });
}

function spoor2ResultBlock(): string {
  const result = assessSpoor2(exampleSpoor2().input, { asOf: SPOOR2_AS_OF });
  return `\`assessSpoor2(caseFile, { asOf: '${SPOOR2_AS_OF}' })\` for the case above:\n\n${jsonBlock(result)}`;
}

// ── Issues and explanations ──────────────────────────────────────────────────────────────

function inputIssueCodesBlock(): string {
  return markdownTable(
    ['code', 'message (en)', 'message (nl)'],
    Object.entries(INPUT_ISSUE_MESSAGES).map(([c, m]) => [code(c), m.en, m.nl]),
  );
}

function findingCodesBlock(): string {
  const rules: readonly MilestoneRule[] = MILESTONE_RULES;
  const list = (xs: readonly string[]) => xs.map(code).join(', ');
  return [
    `- \`<milestone>/<status>\` with status ${list(['overdue', 'done-late', 'late-with-motivation', 'due-soon'])}, for the milestones ${list(rules.map((r) => (r.due.type === 'recurring' ? `${r.id}-<n>` : r.id)))}`,
    `- \`<rule>/no-decision\`: ${list(rules.filter((r) => r.skipEvent).map((r) => `${r.id}/no-decision`))}`,
    `- \`<recurring rule>/gap\`: ${list(rules.filter((r) => r.due.type === 'recurring').map((r) => `${r.id}/gap`))}`,
    `- case findings: ${list(Object.keys(CASE_FINDING_RULES))}`,
    `- warnings: ${list(Object.keys(WARNING_RULES))}`,
    `- spoor 2: ${list(SPOOR2_FINDING_RULES.map((r) => r.code))}`,
    `- privacy screen: ${list(MEDICAL_TERM_ISSUE_CODES)}`,
  ].join('\n');
}

const EXTENDED_CASE: CaseInput = {
  sickPeriods: [{ start: '2024-01-08' }],
  events: [
    { type: 'vrijwillige-verlenging', date: '2025-09-01', weeks: 13 },
    { type: 'loonsanctie', date: '2026-03-02', weeks: 26 },
  ],
};

function derivationExamplesBlock(): string {
  const gap = computeTimeline(readJson<CaseInput>(EXAMPLE_CASE), {
    asOf: EXAMPLE_AS_OF,
  }).milestones.find((m) => m.id === 'ziekmelding-uwv');
  const extended = computeTimeline(EXTENDED_CASE, { asOf: '2026-03-02' }).milestones.find(
    (m) => m.id === 'einde-wachttijd',
  );
  const pick = (m: typeof gap) => ({
    id: m?.id,
    due: m?.due,
    derivation: m?.derivation,
    explanation: m?.explanation,
  });
  return [
    `The 42-week report of \`${EXAMPLE_CASE}\` (a gap of recovery moved it):`,
    '',
    jsonBlock(pick(gap)),
    '',
    `The end of the waiting period of \`${JSON.stringify(EXTENDED_CASE)}\`:`,
    '',
    jsonBlock(pick(extended)),
  ].join('\n');
}

/** Every generated block of docs/contract.md, from the current code. */
export async function contractBlocks(): Promise<GeneratedBlocks> {
  return {
    'case-file-example': `\`${EXAMPLE_CASE}\`:\n\n\`\`\`json\n${readText(EXAMPLE_CASE).replace(/\n+$/, '')}\n\`\`\``,
    'case-file-fields': caseFileFieldsBlock(),
    'event-types': eventTypesBlock(),
    'timeline-example': await timelineExampleBlock(),
    statuses: statusesBlock(),
    severities: severitiesBlock(),
    'findings-example': await findingsExampleBlock(),
    'check-text-example': await checkTextBlock(),
    'error-text-example': await errorTextBlock(),
    'issues-json-example': issuesJsonBlock(),
    'report-help': await reportHelpBlock(),
    'report-from-case-example': await reportFromCaseBlock(),
    'spoor2-fields': spoor2FieldsBlock(),
    'spoor2-section-example': spoor2SectionBlock(),
    'spoor2-result-example': spoor2ResultBlock(),
    'input-issue-codes': inputIssueCodesBlock(),
    'finding-codes': findingCodesBlock(),
    'derivation-examples': derivationExamplesBlock(),
  };
}

/** The committed contract. */
export const CONTRACT_DOC = new URL('../docs/contract.md', import.meta.url);

if (process.argv[1]?.endsWith('contract-reference.ts') && process.argv.includes('--write'))
  console.log(
    writeGeneratedBlocks(CONTRACT_DOC, await contractBlocks())
      ? 'docs/contract.md rewritten'
      : 'docs/contract.md current',
  );
