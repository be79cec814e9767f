import type { Spoor2FindingRule } from './spoor2-finding-rule.js';

/* @__NO_SIDE_EFFECTS__ */
const days = (
  option: 'intakeWithinDays' | 'planWithinDays' | 'maxActivityGapDays' | 'eindrapportageWithinDays',
  value: number,
) => ({ option, default: value, integer: true, min: 0, agreedInPlan: false }) as const;

/**
 * The findings of a spoor-2 trajectory ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7}), one row each: code, thresholds
 * (default, option, agreed in the plan), how it is detected, kind, severity, message templates and
 * source. {@link assessSpoor2} only reads this table. Thresholds from practice, not law, are kind
 * `guidance` and say so in their source.
 *
 * Days between dates are calendar days (`b − a`), and a gap or delay is a finding when that
 * difference exceeds the limit.
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7}
 * @example
 * ```ts
 * SPOOR2_FINDING_RULES.map((r) => r.code);
 * // ['spoor-2/intake-late', 'spoor-2/plan-late', 'spoor-2/plan-incomplete', 'spoor-2/narrow-zoekprofiel', …]
 * ```
 * @category Spoor 2
 */
export const SPOOR2_FINDING_RULES = [
  {
    code: 'spoor-2/intake-late',
    thresholds: [days('intakeWithinDays', 14)],
    test: {
      type: 'deadline',
      from: 'referral',
      event: 'intake',
      limit: 'intakeWithinDays',
      recordedLate: true,
    },
    kind: 'guidance',
    severity: 'warning',
    message: {
      late: {
        nl: 'De intake was op {end}, {days} dagen na de aanmelding op {start}: later dan de gebruikelijke {limit} dagen.',
        en: 'The intake was on {end}, {days} days after the referral on {start}: later than the usual {limit} days.',
      },
      missing: {
        nl: 'Op {end} is er nog geen intake, {days} dagen na de aanmelding op {start}; gebruikelijk is binnen {limit} dagen.',
        en: 'On {end} there is no intake yet, {days} days after the referral on {start}; the usual term is {limit} days.',
      },
    },
    source:
      'Praktijk van re-integratiebedrijven: intake binnen twee weken na de aanmelding (richtlijn, geen wettelijke termijn)',
  },
  {
    code: 'spoor-2/plan-late',
    thresholds: [days('planWithinDays', 42)],
    test: {
      type: 'deadline',
      from: 'intake',
      event: 'plan',
      limit: 'planWithinDays',
      recordedLate: true,
    },
    kind: 'guidance',
    severity: 'warning',
    message: {
      late: {
        nl: 'Het trajectplan is van {end}, {days} dagen na de intake op {start}: later dan {limit} dagen.',
        en: 'The trajectplan is dated {end}, {days} days after the intake on {start}: later than {limit} days.',
      },
      missing: {
        nl: 'Op {end} is er nog geen trajectplan, {days} dagen na de intake op {start}; verwacht binnen {limit} dagen.',
        en: 'On {end} there is no trajectplan yet, {days} days after the intake on {start}; expected within {limit} days.',
      },
    },
    source:
      'Praktijk: het trajectplan volgt op de oriëntatie, binnen zes weken na de intake (richtlijn, geen wettelijke termijn)',
  },
  {
    code: 'spoor-2/plan-incomplete',
    thresholds: [],
    test: {
      type: 'plan-parts',
      parts: [
        {
          part: 'persoonsprofiel',
          path: ['plan', 'persoonsprofiel'],
          label: { nl: 'een persoonsprofiel', en: 'a persoonsprofiel (personal profile)' },
        },
        {
          part: 'functions',
          path: ['plan', 'zoekprofiel', 'functions'],
          label: {
            nl: 'een zoekprofiel dat minstens één functie noemt',
            en: 'a zoekprofiel (search profile) naming at least one function',
          },
        },
        {
          part: 'reportEveryWeeks',
          path: ['plan', 'reportEveryWeeks'],
          label: {
            nl: 'de afgesproken rapportagefrequentie',
            en: 'the agreed reporting interval',
          },
        },
      ],
    },
    kind: 'uwv',
    severity: 'error',
    message: {
      main: {
        nl: 'Het trajectplan van {start} mist {part}.',
        en: 'The trajectplan of {start} lacks {part}.',
      },
    },
    source:
      'UWV Werkwijzer Poortwachter (re-integratieplan: traject, persoonsprofiel, zoekprofiel, rapportagemomenten)',
  },
  {
    code: 'spoor-2/narrow-zoekprofiel',
    thresholds: [
      { option: 'minZoekprofielFunctions', default: 2, integer: true, min: 0, agreedInPlan: false },
    ],
    test: { type: 'distinct-functions', limit: 'minZoekprofielFunctions' },
    kind: 'uwv',
    severity: 'warning',
    message: {
      main: {
        nl: 'Het zoekprofiel in het trajectplan van {start} noemt {count} verschillende functie(s), minder dan {limit}: UWV verwacht een breed genoeg zoekprofiel.',
        en: 'The zoekprofiel in the trajectplan of {start} names {count} distinct function(s), fewer than {limit}: UWV expects a broad enough search profile.',
      },
    },
    source:
      'Rechtspraak over te smalle zoekprofielen: een zoekprofiel gericht op één functie, de wens van de werknemer, leidde tot een loonsanctie',
  },
  {
    code: 'spoor-2/few-applications',
    thresholds: [
      { option: 'applicationsPerWeek', default: 1, integer: false, min: 0, agreedInPlan: true },
      { option: 'applicationWindowDays', default: 28, integer: true, min: 1, agreedInPlan: false },
    ],
    test: {
      type: 'application-windows',
      perWeek: 'applicationsPerWeek',
      window: 'applicationWindowDays',
    },
    kind: 'uwv',
    severity: 'warning',
    message: {
      main: {
        nl: 'Sinds de start van de bemiddeling op {start} bleef het aantal sollicitaties in {count} van de {total} volledige perioden van {windowDays} dagen onder {perWeek} per week.',
        en: 'Since mediation started on {start}, applications stayed below {perWeek} a week in {count} of the {total} complete periods of {windowDays} days.',
      },
    },
    source:
      'UWV-praktijk en rechtspraak CRvB: 1 tot 3 sollicitaties per week naar afstand tot de arbeidsmarkt (ECLI:NL:CRVB:2017:2860 aanvaardde minder met goede redenen)',
  },
  {
    code: 'spoor-2/inactive',
    thresholds: [days('maxActivityGapDays', 28)],
    test: { type: 'gaps', points: 'entries', limit: 'maxActivityGapDays', unitDays: 1 },
    kind: 'guidance',
    severity: 'warning',
    message: {
      main: {
        nl: 'Van {start} tot {end} ({days} dagen) is geen activiteit, sollicitatie of intake vastgelegd; meer dan {limit} dagen zonder activiteit is moeilijk te verantwoorden.',
        en: 'From {start} to {end} ({days} days) no activity, application or intake is recorded; more than {limit} days without activity is hard to justify.',
      },
    },
    source:
      'UWV: een logisch samenhangende reeks activiteiten; een maand zonder activiteit is moeilijk te verantwoorden (richtlijn)',
  },
  {
    code: 'spoor-2/report-gap',
    thresholds: [
      { option: 'reportEveryWeeks', default: 6, integer: true, min: 1, agreedInPlan: true },
    ],
    test: { type: 'gaps', points: 'reporting', limit: 'reportEveryWeeks', unitDays: 7 },
    kind: 'uwv',
    severity: 'warning',
    message: {
      main: {
        nl: 'Van {start} tot {end} ({days} dagen) is er geen voortgangsrapportage; de termijn is {limit} weken.',
        en: 'From {start} to {end} ({days} days) there is no progress report; the interval is {limit} weeks.',
      },
    },
    source:
      'UWV: de werkgever moet op de hoogte blijven; de voortgangsrapportages zijn wat UWV leest',
  },
  {
    code: 'spoor-2/no-eindrapportage',
    thresholds: [days('eindrapportageWithinDays', 14)],
    test: {
      type: 'deadline',
      from: 'close',
      event: 'eind-report',
      limit: 'eindrapportageWithinDays',
      recordedLate: false,
    },
    kind: 'uwv',
    severity: 'warning',
    message: {
      missing: {
        nl: 'Het traject is geëindigd op {start}; op {end}, {days} dagen later, is er geen eindrapportage vastgelegd (verwacht binnen {limit} dagen).',
        en: 'The trajectory ended on {start}; on {end}, {days} days later, no final report (eindrapportage) is recorded (expected within {limit} days).',
      },
    },
    source:
      'Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) en UWV-praktijk: het re-integratieverslag bevat de spoor-2-rapportages',
  },
  {
    code: 'spoor-2/no-ad-report',
    thresholds: [],
    test: { type: 'precedes', record: 'adReport', anchor: 'plan' },
    kind: 'guidance',
    severity: 'info',
    message: {
      main: {
        nl: 'Het trajectplan van {start} bouwt niet voort op een arbeidsdeskundig rapport: er is er geen van op of vóór die datum.',
        en: 'The trajectplan of {start} builds on no arbeidsdeskundig (labour expert) report: none is dated on or before it.',
      },
    },
    source:
      'Praktijk: het traject bouwt voort op het arbeidsdeskundig advies en de functionele mogelijkheden (richtlijn)',
  },
] as const satisfies readonly Spoor2FindingRule[];

/**
 * The code of a spoor-2 finding: a closed union derived from {@link SPOOR2_FINDING_RULES}.
 *
 * @example
 * ```ts
 * const code: Spoor2FindingCode = 'spoor-2/few-applications';
 * ```
 * @category Spoor 2
 */
export type Spoor2FindingCode = (typeof SPOOR2_FINDING_RULES)[number]['code'];
