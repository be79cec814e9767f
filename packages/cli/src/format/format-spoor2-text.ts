import { formatDate, SPOOR2_PHASES, type Spoor2Assessment } from '@poortwachter/core';
import type { Lang } from '../detect-lang.js';
import type { Painter } from '../output/create-painter.js';
import { formatFindingsText } from './format-findings-text.js';

const TEXT = {
  nl: {
    title: 'Spoor-2-traject (Wet verbetering poortwachter)',
    asOf: 'Peildatum',
    phase: 'Fase',
    closed: 'afgerond',
    days: 'Dagen in traject',
    applications: 'Sollicitaties',
    interviews: (n: number) => `${n} ${n === 1 ? 'gesprek' : 'gesprekken'}`,
    perWeek: 'per week',
    activities: 'Activiteiten',
    hours: 'Uren',
    online: 'online',
    last: 'Laatste activiteit',
    ago: (n: number) => `${n} ${n === 1 ? 'dag' : 'dagen'} geleden`,
    reports: 'Rapportages',
    next: 'volgende uiterlijk',
    outcome: 'Uitkomst',
    after: (n: number) => `na ${n} dagen`,
  },
  en: {
    title: 'Spoor-2 trajectory (Wet verbetering poortwachter)',
    asOf: 'As of',
    phase: 'Phase',
    closed: 'closed',
    days: 'Days in trajectory',
    applications: 'Applications',
    interviews: (n: number) => `${n} ${n === 1 ? 'interview' : 'interviews'}`,
    perWeek: 'a week',
    activities: 'Activities',
    hours: 'Hours',
    online: 'online',
    last: 'Last activity',
    ago: (n: number) => `${n} ${n === 1 ? 'day' : 'days'} ago`,
    reports: 'Reports',
    next: 'next due',
    outcome: 'Outcome',
    after: (n: number) => `after ${n} days`,
  },
} as const;

/**
 * Writes a spoor-2 assessment as a readable summary: the current phase and the figures as UWV
 * reads them, then the findings one per line (as `check` writes them), each with the period it
 * concerns in its message.
 *
 * @param a - The result of `assessSpoor2()`.
 * @param lang - The language of labels, dates and messages.
 * @param paint - Colours the severities.
 * @returns The text, ending in a newline.
 * @example
 * ```ts
 * formatSpoor2Text(assessSpoor2(caseFile, { asOf: '2025-06-20' })!, 'nl', createPainter(false));
 * // 'Spoor-2-traject …\nPeildatum:  20 juni 2025\nFase:  Bemiddeling en sollicitatie\n…'
 * ```
 * @category Output
 */
export function formatSpoor2Text(a: Spoor2Assessment, lang: Lang, paint: Painter): string {
  const t = TEXT[lang];
  const f = a.figures;
  const number = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    maximumFractionDigits: 2,
  });
  const counts = (record: Partial<Record<string, number>>) =>
    Object.entries(record)
      .filter(([, n]) => (n ?? 0) > 0)
      .map(([k, n]) => `${k} ${number.format(n ?? 0)}`)
      .join(', ');
  const phase =
    a.phase === 'afgerond'
      ? t.closed
      : (SPOOR2_PHASES.find((p) => p.id === a.phase)?.label[lang] ?? a.phase);
  const rows: [string, string][] = [
    [t.asOf, formatDate(a.asOf, lang)],
    [t.phase, phase],
    [t.days, String(f.daysInTrajectory)],
    [
      t.applications,
      `${f.applications.total} (${t.interviews(f.applications.interviews)})${
        f.applicationsPerWeek === null
          ? ''
          : `; ${number.format(f.applicationsPerWeek)} ${t.perWeek}`
      }${f.applications.total > 0 ? `: ${counts(f.applications.byResult)}` : ''}`,
    ],
    [
      t.activities,
      `${f.activities.total}${f.activities.total > 0 ? `: ${counts(f.activities.byType)}` : ''}`,
    ],
    [
      t.hours,
      `${number.format(f.hours.total)}${f.hours.total > 0 ? `: ${counts(f.hours.byMode)}` : ''}${
        f.onlineShare === null ? '' : ` (${t.online} ${Math.round(f.onlineShare * 100)}%)`
      }`,
    ],
    [
      t.last,
      f.lastActivity === null
        ? '-'
        : `${formatDate(f.lastActivity, lang)}${f.daysSinceLastActivity === null ? '' : ` (${t.ago(f.daysSinceLastActivity)})`}`,
    ],
    [
      t.reports,
      `${counts(f.reports) || '0'}${f.nextReportDue === null ? '' : `; ${t.next} ${formatDate(f.nextReportDue, lang)}`}`,
    ],
    [
      t.outcome,
      f.outcome === null
        ? '-'
        : `${f.outcome}${f.daysToOutcome === null ? '' : ` (${t.after(f.daysToOutcome)})`}`,
    ],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  return [
    t.title,
    '',
    ...rows.map(([label, value]) => `${`${label}:`.padEnd(width)}  ${value}`),
    '',
    formatFindingsText(a.findings, lang, paint).trimEnd(),
    '',
  ].join('\n');
}
