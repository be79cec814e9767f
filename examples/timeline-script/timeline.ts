// Reads a case file and prints its timeline: every milestone with its date, its status as of a
// date and the explanation of how the date was found, then the findings.
// Run: pnpm --filter @poortwachter/example-timeline-script start ../case.json 2025-09-01 [en]
import { readFileSync } from 'node:fs';
import {
  checkCase,
  computeTimeline,
  formatDate,
  formatIssue,
  type Lang,
  type Milestone,
  SEVERITY_LABELS,
  STATUS_LABELS,
} from '@poortwachter/core';
import { parseCase } from '@poortwachter/schema';

/** The words of the printout that are not the engine's. */
const WORDS = {
  nl: {
    header: 'Tijdlijn per',
    firstSickDay: 'Eerste ziektedag',
    lastDay: 'laatste dag wachttijd',
    notReached: 'niet bereikt',
    due: 'uiterlijk',
    from: 'vanaf',
    done: 'gedaan op',
    findings: 'Bevindingen',
    none: 'Geen bevindingen.',
  },
  en: {
    header: 'Timeline as of',
    firstSickDay: 'First sick day',
    lastDay: 'last day of the waiting period',
    notReached: 'not reached',
    due: 'due',
    from: 'from',
    done: 'done on',
    findings: 'Findings',
    none: 'No findings.',
  },
} as const;

/** One milestone: label, dates and status on one line, the explanation indented below it. */
function milestoneLines(m: Milestone, lang: Lang): string[] {
  const w = WORDS[lang];
  const dates = [
    m.windowStart ? `${w.from} ${formatDate(m.windowStart, lang)}` : null,
    `${w.due} ${m.due ? formatDate(m.due, lang) : w.notReached}`,
    m.eventDate ? `${w.done} ${formatDate(m.eventDate, lang)}` : null,
  ].filter((part) => part !== null);
  return [
    `${m.label[lang]}: ${dates.join(', ')} [${STATUS_LABELS[m.status][lang]}]`,
    `    ${m.explanation[lang]}`,
  ];
}

/**
 * The printout of a case file as of a date: the timeline with explanations and the findings, or
 * the problems of the file (field path and message) when it is not a valid case.
 *
 * @param raw - The parsed JSON of a case file.
 * @param asOf - The date the statuses are judged on (`YYYY-MM-DD`).
 * @param lang - `nl` (default) or `en`.
 * @returns `ok: false` with the problems when the file is invalid.
 */
export function timelineText(
  raw: unknown,
  asOf: string,
  lang: Lang = 'nl',
): { ok: boolean; text: string } {
  const parsed = parseCase(raw);
  if (!parsed.success)
    return { ok: false, text: parsed.issues.map((i) => formatIssue(i, lang)).join('\n') };
  const w = WORDS[lang];
  const timeline = computeTimeline(parsed.data, { asOf });
  const { lastDay } = timeline.waitingPeriod;
  const findings = checkCase(parsed.data, { asOf });
  const lines = [
    `${w.header} ${formatDate(asOf, lang)}`,
    `${w.firstSickDay} ${formatDate(timeline.firstSickDay, lang)}; ${w.lastDay} ${lastDay ? formatDate(lastDay, lang) : w.notReached}`,
    '',
    ...timeline.milestones.flatMap((m) => milestoneLines(m, lang)),
    '',
    `${w.findings}:`,
    ...(findings.length === 0
      ? [`    ${w.none}`]
      : findings.map((f) => `    ${SEVERITY_LABELS[f.severity][lang]}: ${formatIssue(f, lang)}`)),
  ];
  return { ok: true, text: lines.join('\n') };
}

if (process.argv[1]?.endsWith('timeline.ts')) {
  const [file = '../case.json', asOf = '2025-09-01', lang = 'nl'] = process.argv.slice(2);
  const { ok, text } = timelineText(
    JSON.parse(readFileSync(file, 'utf8')),
    asOf,
    lang === 'en' ? 'en' : 'nl',
  );
  (ok ? process.stdout : process.stderr).write(`${text}\n`);
  process.exitCode = ok ? 0 : 2;
}
