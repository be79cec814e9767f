import { seededRandom } from './seeded-random.mjs';

const DAY_MS = 86_400_000;
const FIRST_D1 = Date.UTC(2015, 0, 1) / DAY_MS;
const LAST_D1 = Date.UTC(2030, 11, 31) / DAY_MS;
const SKIP_GROUNDS = [
  'terugkeer-binnen-3-maanden',
  'marginale-mogelijkheden',
  'geen-benutbare-mogelijkheden',
  'aow-binnen-jaar-na-wachttijd',
];

const isoCache = new Map();
/** Day number (days since 1970-01-01) to `YYYY-MM-DD`, in UTC so that TZ plays no part. */
function iso(day) {
  let text = isoCache.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoCache.set(day, text);
  }
  return text;
}

/**
 * Generates random but realistic sick-leave cases for the timeline benchmark: first sick days
 * 2015–2030; 1–4 sick periods (earlier ones short, closed, separated by 0–60 days, so some chain
 * together and some restart the count); the latest period open in 60% of cases; now and then a
 * pregnancy leave that exactly fills a gap; and the events a dossier typically records, on, before
 * or after their deadlines (probleemanalyse, plan van aanpak, evaluaties, ziekmelding bij UWV,
 * eerstejaarsevaluatie, spoor 2 or a skip ground, vrijwillige verlenging, WIA-aanvraag,
 * loonsanctie, bekortingsbesluit), a fifth of them with a motivation. Reproducible: the same
 * seed gives the same cases.
 *
 * @param {number} count - How many cases.
 * @param {number} [seed] - The PRNG seed (default 20250106).
 * @returns {import('@poortwachter/core').CaseInput[]} The cases, valid input for `computeTimeline`.
 * @see poortwachter-rules.md C2–C9 (the shape of sick periods, leave and events)
 * @example
 * ```js
 * const cases = randomCases(1000);
 * cases[0].sickPeriods; // e.g. [{ start: '2019-03-04', end: '2019-03-20' }, { start: '2019-04-02' }]
 * ```
 * @category Benchmarks
 */
export function randomCases(count, seed = 20250106) {
  const random = seededRandom(seed);
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const chance = (p) => random() < p;
  const cases = [];
  for (let c = 0; c < count; c++) cases.push(randomCase(int, chance));
  return cases;
}

function randomCase(int, chance) {
  const periodCount = chance(0.5) ? 1 : chance(0.5) ? 2 : chance(0.6) ? 3 : 4;
  const periods = [];
  const leavePeriods = [];
  let start = int(FIRST_D1, LAST_D1);
  let chainStart = start;
  for (let i = 0; i < periodCount; i++) {
    const latest = i === periodCount - 1;
    if (latest && chance(0.6)) {
      periods.push({ start });
      break;
    }
    const end = start + (latest ? int(0, 900) : int(0, 90));
    periods.push({ start, end });
    const gap = int(0, 60);
    if (gap > 0 && chance(0.05)) {
      leavePeriods.push({
        kind: 'zwangerschaps-en-bevallingsverlof',
        start: iso(end + 1),
        end: iso(end + gap),
        sameCause: chance(0.8),
      });
    } else if (gap > 27) {
      chainStart = end + gap + 1;
    }
    start = end + gap + 1;
  }
  const last = periods[periods.length - 1];
  const lastSickDay = last.end ?? Number.POSITIVE_INFINITY;
  const events = [];
  const add = (type, day, extra = {}) => {
    if (day > lastSickDay) return;
    const event = { type, date: iso(day), ...extra };
    if (chance(0.2)) event.motivation = 'Later vastgelegd in overleg met de werknemer.';
    events.push(event);
  };
  // A few events belong to an earlier chain: the engine must leave them out.
  const d1 = chance(0.1) ? periods[0].start : chainStart;
  if (chance(0.8)) add('ziekmelding-bedrijfsarts', d1 + int(0, 10));
  let pvaBase = d1 + 55;
  if (chance(0.85)) {
    const pa = d1 + int(25, 55);
    add('probleemanalyse', pa);
    pvaBase = pa + 14;
  }
  if (chance(0.75)) {
    pvaBase += int(-7, 12);
    add('plan-van-aanpak', pvaBase);
  }
  let evaluation = pvaBase;
  for (let n = int(0, 16); n > 0; n--) {
    evaluation += int(28, 56);
    add('evaluatie', evaluation);
  }
  if (chance(0.5)) add('ziekmelding-uwv', d1 + int(285, 300));
  if (chance(0.4)) add('eerstejaarsevaluatie', d1 + int(310, 380));
  if (chance(0.25)) add('start-spoor-2', d1 + int(330, 430));
  else if (chance(0.1)) {
    add('spoor-2-niet-nodig', d1 + int(320, 400), {
      ground: SKIP_GROUNDS[int(0, SKIP_GROUNDS.length - 1)],
      motivation: 'Zie het advies van de bedrijfsarts.',
    });
  }
  let extension = 0;
  if (chance(0.08)) {
    extension = 7 * int(4, 52);
    add('vrijwillige-verlenging', d1 + int(560, 640), { weeks: extension / 7 });
  }
  if (chance(0.2)) add('wia-aanvraag', d1 + extension + int(620, 680));
  if (chance(0.04)) {
    const sanction = d1 + extension + int(690, 740);
    add('loonsanctie', sanction, { weeks: int(1, 52) });
    if (chance(0.4)) add('bekortingsbesluit', sanction + int(30, 200));
  }
  const sickPeriods = periods.map((p) =>
    p.end === undefined ? { start: iso(p.start) } : { start: iso(p.start), end: iso(p.end) },
  );
  return leavePeriods.length > 0 ? { sickPeriods, leavePeriods, events } : { sickPeriods, events };
}
