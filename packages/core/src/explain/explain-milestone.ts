import { toDayNumber } from '../calendar/day-number.js';
import { formatDay } from '../calendar/format-day.js';
import { CASE_EVENT_TYPES } from '../case/case-event-types.js';
import { SPOOR2_SKIP_GROUNDS } from '../case/spoor2-skip-grounds.js';
import type { Lang } from '../issues/lang.js';
import type { LocalizedText, MilestoneStatus } from '../types.js';
import type { DateBasis, Derivation, Extension } from './derivation.js';

const SUBJECT = /* @__PURE__ */ new Map<string, LocalizedText>(
  /* @__PURE__ */ CASE_EVENT_TYPES.map((e) => [e.type, e.subject]),
);
const GROUND = /* @__PURE__ */ new Map<string, LocalizedText>(
  /* @__PURE__ */ SPOOR2_SKIP_GROUNDS.map((g) => [g.ground, g.label]),
);

const date = (iso: string, lang: Lang, weekday = false) =>
  formatDay(toDayNumber(iso), lang, weekday);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "de 21 hersteldagen en 3 verlofdagen tussendoor tellen niet mee" */
function skippedText(gapDays: number, leaveDays: number, lang: Lang): string | null {
  if (gapDays === 0 && leaveDays === 0) return null;
  const parts: string[] = [];
  if (lang === 'nl') {
    if (gapDays > 0) parts.push(`${gapDays} ${gapDays === 1 ? 'hersteldag' : 'hersteldagen'}`);
    if (leaveDays > 0) parts.push(`${leaveDays} ${leaveDays === 1 ? 'verlofdag' : 'verlofdagen'}`);
    const one = gapDays + leaveDays === 1;
    return `de ${parts.join(' en ')} tussendoor ${one ? 'telt' : 'tellen'} niet mee`;
  }
  if (gapDays > 0) parts.push(`${gapDays} ${gapDays === 1 ? 'day' : 'days'} of recovery`);
  if (leaveDays > 0) parts.push(`${leaveDays} ${leaveDays === 1 ? 'day' : 'days'} of leave`);
  const one = gapDays + leaveDays === 1;
  return `the ${parts.join(' and ')} in between ${one ? 'does' : 'do'} not count`;
}

/** " (651 plus 13 weken vrijwillige verlenging)" */
function verlenging(sickDay: number, days: number, lang: Lang): string {
  if (days === 0) return '';
  return lang === 'nl'
    ? ` (${sickDay - days} plus ${days / 7} weken vrijwillige verlenging)`
    : ` (${sickDay - days} plus ${days / 7} weeks of voluntary extension)`;
}

/** A short phrase for a basis: "ziektedag 406 (15 februari 2026)". */
function phrase(b: DateBasis, lang: Lang): string {
  const nl = lang === 'nl';
  const at = (d: string | null) =>
    d === null ? (nl ? 'niet bereikt' : 'not reached') : date(d, lang);
  switch (b.type) {
    case 'sick-day':
      return b.counting === 'calendar-days'
        ? nl
          ? `dag ${b.sickDay} vanaf de eerste ziektedag (${at(b.date)})`
          : `day ${b.sickDay} from the first sick day (${at(b.date)})`
        : nl
          ? `ziektedag ${b.sickDay} (${at(b.date)})`
          : `sick day ${b.sickDay} (${at(b.date)})`;
    case 'event': {
      const subject = SUBJECT.get(b.event)?.[lang] ?? b.event;
      return nl
        ? `${b.days} dagen na ${subject} van ${date(b.eventDate, lang)} (${date(b.date, lang)})`
        : `${b.days} days after ${subject} of ${date(b.eventDate, lang)} (${date(b.date, lang)})`;
    }
    default:
      return at(b.date);
  }
}

function extensionText(e: Extension, lang: Lang): string {
  const nl = lang === 'nl';
  switch (e.type) {
    case 'vrijwillige-verlenging':
      return nl
        ? `${e.weeks} weken vrijwillige verlenging`
        : `${e.weeks} weeks of voluntary extension`;
    case 'late-wia-aanvraag':
      return nl
        ? `${e.days} dagen doordat de WIA-aanvraag van ${date(e.eventDate, lang)} na de uiterste datum ${date(e.due, lang)} kwam`
        : `${e.days} days because the WIA application of ${date(e.eventDate, lang)} came after its due date ${date(e.due, lang)}`;
    case 'loonsanctie':
      return nl ? `${e.weeks} weken loonsanctie` : `${e.weeks} weeks of wage sanction`;
    case 'bekortingsbesluit':
      return nl
        ? `ingekort door het bekortingsbesluit van ${date(e.decisionDate, lang)}`
        : `shortened by the decision of ${date(e.decisionDate, lang)}`;
  }
}

function list(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'nl' ? 'en' : 'and'} ${items.at(-1)}`;
}

/** The sentence for a basis, without the final full stop. */
function sentence(b: DateBasis, lang: Lang): string {
  const nl = lang === 'nl';
  switch (b.type) {
    case 'sick-day': {
      if (b.date === null)
        return nl
          ? `Ziektedag ${b.sickDay} wordt niet bereikt`
          : `Sick day ${b.sickDay} is not reached`;
      const main =
        b.counting === 'calendar-days'
          ? nl
            ? `Dag ${b.sickDay} vanaf de eerste ziektedag, in kalenderdagen geteld, valt op ${date(b.date, lang)}`
            : `Day ${b.sickDay} from the first sick day, counted in calendar days, is ${date(b.date, lang)}`
          : nl
            ? `Ziektedag ${b.sickDay}${verlenging(b.sickDay, b.verlengingDays, lang)} valt op ${date(b.date, lang)}`
            : `Sick day ${b.sickDay}${verlenging(b.sickDay, b.verlengingDays, lang)} is ${date(b.date, lang)}`;
      const skipped = skippedText(b.gapDays, b.leaveDays, lang);
      return skipped ? (nl ? `${main}; ${skipped}` : `${main} (${skipped})`) : main;
    }
    case 'event': {
      const subject = SUBJECT.get(b.event)?.[lang] ?? b.event;
      return nl
        ? `${cap(date(b.date, lang))} is ${b.days} dagen na ${subject} van ${date(b.eventDate, lang)}`
        : `${date(b.date, lang)} is ${b.days} days after ${subject} of ${date(b.eventDate, lang)}`;
    }
    case 'earlier-of': {
      const head = nl
        ? `De eerdere van ${phrase(b.chosen, lang)} en ${phrase(b.other, lang)}`
        : `The earlier of ${phrase(b.chosen, lang)} and ${phrase(b.other, lang)}`;
      const skipped =
        b.chosen.type === 'sick-day'
          ? skippedText(b.chosen.gapDays, b.chosen.leaveDays, lang)
          : null;
      return skipped ? `${head}; ${skipped}` : head;
    }
    case 'after': {
      const unit =
        b.counting === 'calendar-days' ? (nl ? 'dagen' : 'days') : nl ? 'ziektedagen' : 'sick days';
      const from =
        b.from === null
          ? ''
          : nl
            ? ` (${b.recorded ? 'vastgelegd op' : 'uiterste datum'} ${date(b.from, lang)})`
            : ` (${b.recorded ? 'recorded on' : 'due'} ${date(b.from, lang)})`;
      const head = nl
        ? `${b.days} ${unit} na "${b.label.nl}"${from}`
        : `${b.days} ${unit} after "${b.label.en}"${from}`;
      if (b.date === null) return nl ? `${head} wordt niet bereikt` : `${head} is not reached`;
      const skipped = skippedText(b.gapDays, b.leaveDays, lang);
      const main = nl ? `${head}: ${date(b.date, lang)}` : `${head}: ${date(b.date, lang)}`;
      return skipped ? `${main}; ${skipped}` : main;
    }
    case 'first-working-day-after': {
      const of = sentence(b.of, lang);
      if (b.date === null) return of;
      return nl
        ? `${of}; de eerste werkdag daarna is ${date(b.date, lang, true)}`
        : `${of}; the first working day after it is ${date(b.date, lang, true)}`;
    }
    case 'waiting-period': {
      if (b.aowWagePeriodWeeks !== null)
        return nl
          ? `De werknemer had op de eerste ziektedag de AOW-leeftijd: het loon wordt ${b.aowWagePeriodWeeks} weken doorbetaald, tot en met ${b.date === null ? `ziektedag ${b.sickDay}` : date(b.date, lang)}`
          : `The employee had reached AOW age on the first sick day: wages are paid for ${b.aowWagePeriodWeeks} weeks, up to and including ${b.date === null ? `sick day ${b.sickDay}` : date(b.date, lang)}`;
      const extended = b.extensions.filter((e) => e.type !== 'bekortingsbesluit');
      const cut = b.extensions.find((e) => e.type === 'bekortingsbesluit');
      const length =
        extended.length === 0
          ? nl
            ? '104 weken (728 ziektedagen)'
            : '104 weeks (728 sick days)'
          : nl
            ? `104 weken, verlengd met ${list(
                extended.map((e) => extensionText(e, lang)),
                lang,
              )}`
            : `104 weeks, extended by ${list(
                extended.map((e) => extensionText(e, lang)),
                lang,
              )}`;
      if (b.date === null)
        return nl
          ? `De wachttijd van ${length} wordt niet bereikt`
          : `The waiting period of ${length} is not reached`;
      const end = cut
        ? nl
          ? `; ${extensionText(cut, lang)} eindigt de loonsanctie op ${date(b.date, lang)}`
          : `; ${extensionText(cut, lang)}, the sanction ends on ${date(b.date, lang)}`
        : nl
          ? `: ziektedag ${b.sickDay} valt op ${date(b.date, lang)}`
          : `: sick day ${b.sickDay} is ${date(b.date, lang)}`;
      const skipped = skippedText(b.gapDays, b.leaveDays, lang);
      return `${nl ? 'De wachttijd is' : 'The waiting period is'} ${length}${end}${skipped ? `; ${skipped}` : ''}`;
    }
  }
}

/**
 * Explains a milestone's dates in Dutch or English from its {@link Derivation}: the sick day or
 * event it is counted from, the days of recovery and leave that moved it, the option reading
 * applied, the working-day shift, the window, and why it does not apply or was not reached.
 *
 * @param m - The milestone's derivation and status.
 * @param lang - `nl` or `en`.
 * @returns One to three sentences.
 * @example
 * ```ts
 * const [, pa] = computeTimeline({ sickPeriods: [{ start: '2025-01-06' }] }).milestones;
 * explainMilestone(pa!, 'nl'); // 'Ziektedag 42 valt op 16 februari 2025.'
 * ```
 * @category Explanations
 */
export function explainMilestone(
  m: { derivation: Derivation; status: MilestoneStatus },
  lang: Lang,
): string {
  const d = m.derivation;
  const nl = lang === 'nl';
  const out: string[] = [];
  const na = d.notApplicable;
  if (na) {
    if (na.reason === 'aow-at-start')
      return nl
        ? 'Niet van toepassing: de werknemer had op de eerste ziektedag de AOW-leeftijd.'
        : 'Not applicable: the employee had reached AOW age on the first sick day.';
    if (na.reason === 'skip-ground')
      out.push(
        nl
          ? `Niet van toepassing: op ${date(na.date, lang)} is vastgelegd dat spoor 2 niet nodig is${na.ground ? ` (${GROUND.get(na.ground)?.nl.toLowerCase()})` : ''}.`
          : `Not applicable: on ${date(na.date, lang)} it was recorded that track 2 is not needed${na.ground ? ` (${GROUND.get(na.ground)?.en.toLowerCase()})` : ''}.`,
      );
    else
      out.push(
        nl
          ? `Niet van toepassing: de werknemer bereikt op ${date(na.aowDate, lang)} de AOW-leeftijd, vóór deze datum.`
          : `Not applicable: the employee reaches AOW age on ${date(na.aowDate, lang)}, before this date.`,
      );
  }
  out.push(`${sentence(d.due, lang)}.`);
  if (d.variant)
    out.push(
      nl
        ? `Gekozen lezing: ${d.variant.option} = ${d.variant.value}.`
        : `Reading chosen: ${d.variant.option} = ${d.variant.value}.`,
    );
  if (d.workingDayShift)
    out.push(
      nl
        ? `${cap(date(d.workingDayShift.from, lang, true))} is geen werkdag; met weekendDeadlines = roll-to-working-day wordt het ${date(d.workingDayShift.to, lang, true)}.`
        : `${date(d.workingDayShift.from, lang, true)} is not a working day; with weekendDeadlines = roll-to-working-day it becomes ${date(d.workingDayShift.to, lang, true)}.`,
    );
  if (d.windowStart)
    out.push(
      nl
        ? `Het venster opent op ${phrase(d.windowStart, lang)}.`
        : `The window opens on ${phrase(d.windowStart, lang)}.`,
    );
  if (d.eventFrom)
    out.push(
      nl
        ? `Er is geen start van spoor 2 vastgelegd: de ${d.eventFrom === 'spoor2.intake' ? 'intake' : 'aanmelding'} van het spoor-2-traject geldt als start.`
        : `No start of track 2 is recorded: the ${d.eventFrom === 'spoor2.intake' ? 'intake' : 'referral'} of the track-2 trajectory counts as its start.`,
    );
  if (d.recoveredAfter && m.status === 'not-reached')
    out.push(
      nl
        ? `Niet bereikt: de laatste ziektedag was ${date(d.recoveredAfter, lang)}; na volledig herstel ontstaat deze verplichting niet.`
        : `Not reached: the last sick day was ${date(d.recoveredAfter, lang)}; after full recovery this duty does not arise.`,
    );
  return out.join(' ');
}
