import type { PortfolioCase } from './portfolio-case.js';

/**
 * A hand-made portfolio of seven valid cases and one invalid one, viewed on Monday 1 September
 * 2025 with the default window of 14 days (due soon: 1 – 15 September). Every first sick day is a
 * Monday, there are no gaps, so sd(n) = D1 + n − 1; sick day 294 is then a Sunday and the report
 * to UWV is due the Monday after (the day after Christmas 2023 for PF-4: 27 December).
 * The milestone statuses of each case are listed with it; `summarize-portfolio.test.ts` checks
 * them against `computeTimeline` and adds them up by hand.
 *
 * PF-1 (Magazijn), D1 2 June 2025, sick day 92 (week 14): jaar-1, spoor 2 vereist.
 *   ziekmelding-bedrijfsarts done (5 June ≤ 8 June), probleemanalyse done (10 July ≤ 13 July),
 *   plan-van-aanpak done-late (30 July > PA + 14 = 24 July), evaluatie-1 due-soon (30 July + 42 =
 *   10 September), evaluatie-2 … 15 upcoming (every 42 days up to 21 April 2027, the last before
 *   the last day 30 May 2027), every later milestone upcoming.
 * PF-2 (Magazijn), sick 3 – 20 March 2025 (18 days): hersteld, spoor 1 afgerond, spoor 2
 *   niet-van-toepassing (hersteld). ziekmelding-bedrijfsarts done-late (12 March > 9 March); the
 *   other 12 milestones (evaluatie-1 included) not-reached.
 * PF-3 (Zorg), D1 3 June 2024, sick day 456 (week 66): jaar-2, spoor 2 gestart on the intake of
 *   2 June 2025 (sick day 365, week 53; latest start: EJE 20 May + 42 = 1 July, earlier than
 *   sd(406) = 13 July): at-deadline, ⌈(2 June − 1 July) ÷ 7⌉ = ⌈−29 ÷ 7⌉ = −4.
 *   ziekmelding-bedrijfsarts done, probleemanalyse late-with-motivation (20 July > 14 July),
 *   plan-van-aanpak done (1 Aug ≤ 3 Aug), evaluatie-1 done (10 Sep ≤ 12 Sep), evaluatie-2
 *   done-late (15 Nov > 22 Oct; 66 sick days after the first: evaluatie/gap), evaluatie-3 … 8
 *   overdue (27 Dec 2024 + 42 each, up to 25 July 2025), evaluatie-9 due-soon (5 Sep),
 *   evaluatie-10 … 15 upcoming, ziekmelding-uwv done (20 Mar ≤ 24 Mar), eerstejaarsevaluatie done
 *   (20 May ≤ 1 June), start-spoor-2 done, vervroegde-iva-aanvraag upcoming (21 Sep − 14 = 7 Sep
 *   is after 1 Sep), the rest upcoming.
 *   Trajectory: mediation from 28 July (35 days to 1 Sep) with 5 applications: 1.00 a week;
 *   hours 1.5 on location + 2 + 1 + 2.5 online = 7 (5.5 online); phase
 *   bemiddeling-en-sollicitatie; no outcome (lopend); no finding (entry gaps ≤ 28 days, the one
 *   complete window 28 July – 24 August holds 4 applications, not fewer than 4); next progress
 *   report due 1 Aug + 42 = 12 September (a spoor-2 action due soon).
 * PF-4 (no groups), D1 6 March 2023, sick day 911: na-wachttijd; spoor-2-niet-nodig
 *   (geen-benutbare-mogelijkheden) on 15 Jan 2024, before the latest start 14 Apr 2024:
 *   start-spoor-2 not-applicable. Nothing else recorded: ziekmelding-bedrijfsarts,
 *   probleemanalyse, plan-van-aanpak (sd(56) = 30 Apr 2023), evaluatie-1 … 16 (11 June 2023 + 42
 *   each, up to 2 March 2025, the last day), ziekmelding-uwv, eerstejaarsevaluatie,
 *   actueel-oordeel, eindevaluatie and wia-aanvraag overdue; vervroegde-iva-aanvraag,
 *   wia-informatiebrief and einde-wachttijd passed.
 * PF-5 (Zorg), sick 4 Sep 2023 – 30 June 2025: hersteld, spoor 2 gestart on the intake of
 *   4 Nov 2024 (sick day 428, week 62), after the latest start sd(406) = 13 Oct 2024: late,
 *   ⌈22 ÷ 7⌉ = 4. ziekmelding-bedrijfsarts, probleemanalyse, plan-van-aanpak and
 *   ziekmelding-uwv done; evaluatie-1 … 14 overdue (6 Dec 2023 + 42 each, up to 4 June 2025, the
 *   last before the recovery); eerstejaarsevaluatie overdue; start-spoor-2 done-late;
 *   vervroegde-iva-aanvraag and wia-informatiebrief (19 May 2025) passed; actueel-oordeel,
 *   eindevaluatie, wia-aanvraag (15 June 2025) overdue; einde-wachttijd not-reached.
 *   Trajectory: outcome plaatsing on 1 May 2025, 178 days after the intake (week 25); ended
 *   31 May: 208 days (29 weeks); phase afgerond, furthest plaatsing; mediation 2 Dec – 1 May (150
 *   days) with 5 applications: 0.23 a week; hours 1 on location + 2 at home; finding
 *   spoor-2/few-applications (each of the 5 complete windows holds 1 application, fewer than 4).
 * PF-6 (afdeling "Burn-out team": screened), D1 6 May 2024, sick day 484 (week 70): jaar-2, spoor 2
 *   vereist and no decision by 15 June 2025. ziekmelding-bedrijfsarts, probleemanalyse,
 *   plan-van-aanpak done; evaluatie-1 … 10 overdue (9 Aug 2024 + 42 each, up to 22 Aug 2025),
 *   evaluatie-11 … 16 upcoming; ziekmelding-uwv, eerstejaarsevaluatie, start-spoor-2 overdue
 *   (start-spoor-2/no-decision); vervroegde-iva-aanvraag passed (24 Aug 2025); the rest upcoming.
 * PF-7 (Zorg), D1 2 Sep 2024, sick day 365 (week 53): jaar-2, spoor 2 gestart on the intake of
 *   13 Jan 2025 (sick day 134, week 20): early, ⌈(13 Jan 2025 − 12 Oct 2025) ÷ 7⌉ = ⌈−272 ÷ 7⌉ = −38.
 *   ziekmelding-bedrijfsarts overdue (nothing recorded), probleemanalyse, plan-van-aanpak,
 *   evaluatie-1 done, evaluatie-2 … 7 overdue (12 Jan 2025 + 42 each, up to 10 Aug), evaluatie-8
 *   … 16 upcoming, ziekmelding-uwv late-with-motivation (30 June > 23 June),
 *   eerstejaarsevaluatie overdue (31 Aug 2025), start-spoor-2 done, the rest upcoming.
 *   Trajectory: ended 31 July 2025 with outcome geen, 199 days after the intake (week 28); phase
 *   afgerond, furthest intake (no phase recorded); no hours, no mediation; findings
 *   spoor-2/plan-late (no plan, due 13 Jan + 42 = 24 Feb) and spoor-2/no-eindrapportage (no final
 *   report, due 31 July + 14 = 14 Aug).
 * PF-8: an impossible date, so invalid.
 */
export const HAND_MADE: readonly PortfolioCase[] = [
  {
    externalRef: 'PF-1',
    groups: { afdeling: 'Magazijn', locatie: 'Utrecht' },
    sickPeriods: [{ start: '2025-06-02' }],
    events: [
      { type: 'ziekmelding-bedrijfsarts', date: '2025-06-05' },
      { type: 'probleemanalyse', date: '2025-07-10' },
      { type: 'plan-van-aanpak', date: '2025-07-30' },
    ],
  },
  {
    externalRef: 'PF-2',
    groups: { afdeling: 'Magazijn', locatie: 'Arnhem' },
    sickPeriods: [{ start: '2025-03-03', end: '2025-03-20' }],
    events: [{ type: 'ziekmelding-bedrijfsarts', date: '2025-03-12' }],
  },
  {
    externalRef: 'PF-3',
    groups: { afdeling: 'Zorg', locatie: 'Utrecht' },
    sickPeriods: [{ start: '2024-06-03' }],
    events: [
      { type: 'ziekmelding-bedrijfsarts', date: '2024-06-04' },
      { type: 'probleemanalyse', date: '2024-07-20', motivation: 'Bedrijfsarts met vakantie.' },
      { type: 'plan-van-aanpak', date: '2024-08-01' },
      { type: 'evaluatie', date: '2024-09-10' },
      { type: 'evaluatie', date: '2024-11-15' },
      { type: 'ziekmelding-uwv', date: '2025-03-20' },
      { type: 'eerstejaarsevaluatie', date: '2025-05-20' },
    ],
    spoor2: {
      referral: '2025-05-26',
      intake: '2025-06-02',
      adReport: { date: '2025-05-15', status: 'definitief' },
      plan: {
        date: '2025-06-30',
        persoonsprofiel: true,
        zoekprofiel: { functions: ['Receptionist', 'Telefonist'] },
        reportEveryWeeks: 6,
      },
      phases: [
        { phase: 'intake', start: '2025-06-02', end: '2025-06-13' },
        { phase: 'orientatie', start: '2025-06-16', end: '2025-07-25' },
        { phase: 'bemiddeling-en-sollicitatie', start: '2025-07-28' },
      ],
      activities: [
        { date: '2025-06-02', type: 'intake-gesprek', mode: 'op-locatie', hours: 1.5 },
        { date: '2025-06-30', type: 'loopbaancoaching', mode: 'online', hours: 2 },
        { date: '2025-07-15', type: 'e-learning', mode: 'online', hours: 1 },
        { date: '2025-08-20', type: 'sollicitatietraining', mode: 'online', hours: 2.5 },
      ],
      applications: [
        { date: '2025-07-30', result: 'afgewezen' },
        { date: '2025-08-06', result: 'uitgenodigd' },
        { date: '2025-08-13', result: 'afgewezen' },
        { date: '2025-08-20', result: 'geen-reactie' },
        { date: '2025-08-27', result: 'in-behandeling' },
      ],
      reports: [
        { kind: 'trajectplan', number: 1, date: '2025-06-30' },
        { kind: 'voortgang', number: 1, date: '2025-08-01' },
      ],
    },
  },
  {
    externalRef: 'PF-4',
    sickPeriods: [{ start: '2023-03-06' }],
    events: [
      {
        type: 'spoor-2-niet-nodig',
        date: '2024-01-15',
        ground: 'geen-benutbare-mogelijkheden',
        motivation: 'Advies van de bedrijfsarts.',
      },
    ],
  },
  {
    externalRef: 'PF-5',
    groups: { afdeling: 'Zorg', locatie: 'Zwolle' },
    sickPeriods: [{ start: '2023-09-04', end: '2025-06-30' }],
    events: [
      { type: 'ziekmelding-bedrijfsarts', date: '2023-09-06' },
      { type: 'probleemanalyse', date: '2023-10-13' },
      { type: 'plan-van-aanpak', date: '2023-10-25' },
      { type: 'ziekmelding-uwv', date: '2024-06-21' },
    ],
    spoor2: {
      referral: '2024-10-28',
      intake: '2024-11-04',
      adReport: { date: '2024-10-15', status: 'definitief' },
      plan: {
        date: '2024-11-29',
        persoonsprofiel: true,
        zoekprofiel: { functions: ['Receptionist', 'Baliemedewerker'] },
        reportEveryWeeks: 6,
      },
      phases: [
        { phase: 'intake', start: '2024-11-04', end: '2024-11-15' },
        { phase: 'bemiddeling-en-sollicitatie', start: '2024-12-02', end: '2025-04-30' },
        { phase: 'plaatsing', start: '2025-05-01', end: '2025-05-31' },
      ],
      activities: [
        { date: '2024-11-04', type: 'intake-gesprek', mode: 'op-locatie', hours: 1 },
        { date: '2024-12-02', type: 'jobcoaching', mode: 'thuis', hours: 2 },
      ],
      applications: [
        { date: '2024-12-16', result: 'uitgenodigd' },
        { date: '2025-01-13', result: 'afgewezen' },
        { date: '2025-02-10', result: 'afgewezen' },
        { date: '2025-03-10', result: 'uitgenodigd' },
        { date: '2025-04-07', result: 'aangenomen' },
      ],
      reports: [
        { kind: 'trajectplan', number: 1, date: '2024-11-29' },
        { kind: 'voortgang', number: 1, date: '2025-01-10' },
        { kind: 'voortgang', number: 2, date: '2025-02-21' },
        { kind: 'voortgang', number: 3, date: '2025-04-04' },
        { kind: 'eind', number: 1, date: '2025-06-05' },
      ],
      outcome: { kind: 'plaatsing', date: '2025-05-01' },
      end: '2025-05-31',
    },
  },
  {
    externalRef: 'PF-6',
    groups: { afdeling: 'Burn-out team', locatie: 'Utrecht' },
    sickPeriods: [{ start: '2024-05-06' }],
    events: [
      { type: 'ziekmelding-bedrijfsarts', date: '2024-05-08' },
      { type: 'probleemanalyse', date: '2024-06-14' },
      { type: 'plan-van-aanpak', date: '2024-06-28' },
    ],
  },
  {
    externalRef: 'PF-7',
    groups: { afdeling: 'Zorg', locatie: 'Arnhem' },
    sickPeriods: [{ start: '2024-09-02' }],
    events: [
      { type: 'probleemanalyse', date: '2024-10-10' },
      { type: 'plan-van-aanpak', date: '2024-10-20' },
      { type: 'evaluatie', date: '2024-12-01' },
      { type: 'ziekmelding-uwv', date: '2025-06-30', motivation: 'Te laat doorgegeven.' },
    ],
    spoor2: {
      referral: '2025-01-06',
      intake: '2025-01-13',
      outcome: { kind: 'geen', date: '2025-07-31' },
      end: '2025-07-31',
    },
  },
  { externalRef: 'PF-8', sickPeriods: [{ start: '2025-02-30' }] },
];

/** The as-of date of {@link HAND_MADE}. */
export const HAND_MADE_AS_OF = '2025-09-01';
