import {
  type Finding,
  formatDate,
  type IsoDate,
  type LocalizedText,
  type Severity,
  type Spoor2Trajectory,
} from '@poortwachter/core';
import type { ResolvedContentOf, ResolvedDocumentContent } from '@poortwachter/schema';
import { documentFinding } from '../completeness/document-finding.js';
import type { DocumentIssueCode } from '../completeness/document-problems.js';
import { isMissing } from '../completeness/is-missing.js';
import { SOURCES } from '../completeness/sources.js';
import { valueAt } from '../completeness/value-at.js';
import {
  isSpoor2Report,
  SPOOR2_DOCUMENT_KINDS,
  type Spoor2DocumentKind,
} from './spoor2-document-kind.js';
import { type Spoor2ReportFacts, spoor2ReportFacts } from './spoor2-report-facts.js';

type Report = ResolvedContentOf<Spoor2DocumentKind>;
type F = Finding<DocumentIssueCode>;

/** A fact a report takes from the case's `spoor2` section: its path there, and its name in running text. */
interface CaseFact {
  path: string[];
  severity: Severity;
  label: LocalizedText;
  /** Only for a trajectory that ended in a placement. */
  placement?: boolean;
}

const fact = (path: string[], severity: Severity, nl: string, en: string): CaseFact => ({
  path,
  severity,
  label: { nl, en },
});

/**
 * The facts each spoor-2 report shows from the case, by their path under `spoor2`: what UWV
 * would miss (`error`) and what it would rather see (`warning`). A fact inside a missing one is
 * not reported again.
 */
const CASE_FACTS: Readonly<Record<Spoor2DocumentKind, readonly CaseFact[]>> = {
  'spoor-2-trajectplan': [
    fact(['provider'], 'error', 'het re-integratiebedrijf', 'the reintegration provider'),
    fact(['provider', 'adviser'], 'warning', 'de loopbaanadviseur', 'the career adviser'),
    fact(['intake'], 'warning', 'de datum van de intake', 'the intake date'),
    fact(['adReport'], 'warning', 'het arbeidsdeskundig rapport', "the labour expert's report"),
    fact(
      ['capacityDate'],
      'warning',
      'de datum van de FML of het IZP',
      'the date of the functional capacity assessment',
    ),
    fact(['plan'], 'error', 'het trajectplan', 'the trajectory plan'),
    fact(['plan', 'goal'], 'error', 'het trajectdoel', 'the goal of the trajectory'),
    fact(['plan', 'plannedEnd'], 'error', 'de geplande einddatum', 'the planned end date'),
    fact(['plan', 'zoekprofiel'], 'error', 'het zoekprofiel', 'the search profile'),
    fact(
      ['plan', 'zoekprofiel', 'functions'],
      'error',
      'de functies van het zoekprofiel',
      'the functions of the search profile',
    ),
    fact(
      ['plan', 'reportEveryWeeks'],
      'warning',
      'het afgesproken aantal weken tussen de rapportages',
      'the agreed number of weeks between reports',
    ),
  ],
  'spoor-2-voortgang': [
    fact(['provider'], 'warning', 'het re-integratiebedrijf', 'the reintegration provider'),
  ],
  'spoor-2-eindrapportage': [
    fact(['provider'], 'warning', 'het re-integratiebedrijf', 'the reintegration provider'),
    fact(
      ['phases'],
      'error',
      'het verloop van het traject (fasen met data)',
      'the course of the trajectory (phases with dates)',
    ),
    fact(['outcome'], 'error', 'het resultaat van het traject', 'the result of the trajectory'),
    fact(['outcome', 'date'], 'error', 'de datum van het resultaat', 'the date of the result'),
    fact(['end'], 'warning', 'de einddatum van het traject', 'the end date of the trajectory'),
    {
      ...fact(
        ['outcome', 'employer'],
        'warning',
        'de werkgever van de plaatsing',
        'the employer of the placement',
      ),
      placement: true,
    },
    {
      ...fact(
        ['outcome', 'function'],
        'warning',
        'de functie van de plaatsing',
        'the function of the placement',
      ),
      placement: true,
    },
  ],
};

const d = (date: IsoDate) => ({ nl: formatDate(date), en: formatDate(date, 'en') });

function caseFacts(report: Report, t: Spoor2Trajectory, facts: Spoor2ReportFacts): F[] {
  const out: F[] = [];
  const missing: string[][] = [];
  for (const f of CASE_FACTS[report.kind]) {
    if (f.placement && facts.placement === null) continue;
    if (missing.some((m) => m.every((key, i) => f.path[i] === key))) continue;
    if (!isMissing(valueAt(t, f.path))) continue;
    missing.push(f.path);
    out.push(
      documentFinding(
        report.kind,
        'missing-case-field',
        f.severity,
        ['case', 'spoor2', ...f.path],
        {
          nl: `Dit ontbreekt in het dossier (spoor2): ${f.label.nl}.`,
          en: `Missing from the case (spoor2): ${f.label.en}.`,
        },
        f.severity === 'error' ? SOURCES.spoor2 : undefined,
      ),
    );
  }
  return out;
}

/** What the content file of a report misses that the facts make necessary. */
function contentFacts(report: Report, facts: Spoor2ReportFacts): F[] {
  const out: F[] = [];
  const slice = facts.slice!;
  if (report.kind === 'spoor-2-trajectplan') {
    report.intensity.forEach((row, i) => {
      if (row.hoursPerWeek === undefined)
        out.push(
          documentFinding(
            report.kind,
            'missing-part',
            'error',
            ['intensity', i, 'hoursPerWeek'],
            {
              nl: 'Dit ontbreekt nog: het aantal uren per week van deze vorm.',
              en: 'Missing: the hours a week of this mode.',
            },
            SOURCES.spoor2,
          ),
        );
    });
  }
  if (report.kind === 'spoor-2-voortgang') {
    if (slice.activities.length === 0)
      out.push(
        documentFinding(
          report.kind,
          'near-empty',
          'error',
          ['case', 'spoor2', 'activities'],
          {
            nl: 'Het logboek (spoor2.activities) noemt geen activiteiten in de periode van de rapportage.',
            en: 'The log (spoor2.activities) holds no activities in the period of the report.',
          },
          SOURCES.spoor2,
        ),
      );
    const m = slice.mediationStart;
    const mediating =
      m !== null &&
      m <= facts.period.end &&
      (facts.closed === null || (facts.closed >= m && facts.closed >= facts.period.start));
    if (slice.applications.length === 0 && mediating)
      out.push(
        documentFinding(
          report.kind,
          'missing-part',
          'warning',
          ['case', 'spoor2', 'applications'],
          {
            nl: 'Het logboek (spoor2.applications) noemt geen sollicitaties in de periode, terwijl de bemiddeling loopt.',
            en: 'The log (spoor2.applications) holds no applications in the period, while mediation runs.',
          },
        ),
      );
  }
  if (
    report.kind === 'spoor-2-eindrapportage' &&
    facts.placement !== null &&
    report.nonPlacementReasons !== undefined
  )
    out.push(
      documentFinding(report.kind, 'not-shown', 'warning', ['nonPlacementReasons'], {
        nl: 'De redenen waarom plaatsing niet lukte worden niet getoond: het traject eindigde in een plaatsing.',
        en: 'The reasons for non-placement are not shown: the trajectory ended in a placement.',
      }),
    );
  return out;
}

/** The report's period and date against the trajectory, and its phases against an eindrapportage. */
function consistency(report: Report, t: Spoor2Trajectory, facts: Spoor2ReportFacts): F[] {
  const out: F[] = [];
  const outside = (path: (string | number)[], message: LocalizedText) =>
    out.push(
      documentFinding(report.kind, 'outside-trajectory', 'error', path, message, SOURCES.spoor2),
    );
  const referral = d(t.referral);
  if (report.date < t.referral)
    outside(['date'], {
      nl: `De rapportage is gedateerd vóór de aanmelding (${referral.nl}).`,
      en: `The report is dated before the referral (${referral.en}).`,
    });
  if (report.kind === 'spoor-2-voortgang') {
    if (report.period.from < t.referral)
      outside(['period', 'from'], {
        nl: `De periode begint vóór de aanmelding (${referral.nl}).`,
        en: `The period begins before the referral (${referral.en}).`,
      });
    if (facts.closed !== null && report.period.to > facts.closed) {
      const closed = d(facts.closed);
      outside(['period', 'to'], {
        nl: `De periode loopt door na het einde van het traject (${closed.nl}).`,
        en: `The period runs on after the end of the trajectory (${closed.en}).`,
      });
    }
    if (report.period.to > report.date)
      out.push(
        documentFinding(report.kind, 'period-after-date', 'error', ['period', 'to'], {
          nl: `De periode eindigt na de datum van de rapportage (${d(report.date).nl}).`,
          en: `The period ends after the date of the report (${d(report.date).en}).`,
        }),
      );
  }
  if (report.kind === 'spoor-2-trajectplan' && facts.closed !== null && report.date > facts.closed)
    outside(['date'], {
      nl: `Het trajectplan is gedateerd na het einde van het traject (${d(facts.closed).nl}).`,
      en: `The trajectory plan is dated after the end of the trajectory (${d(facts.closed).en}).`,
    });
  if (report.kind === 'spoor-2-eindrapportage') {
    if (facts.closed !== null && facts.closed > report.date)
      outside(['date'], {
        nl: `Het traject loopt volgens het dossier door tot ${d(facts.closed).nl}, na de eindrapportage.`,
        en: `According to the case the trajectory runs until ${d(facts.closed).en}, after the final report.`,
      });
    (t.phases ?? []).forEach((phase, i) => {
      const end = phase.end ?? null;
      if (end !== null && end > report.date)
        out.push(
          documentFinding(
            report.kind,
            'phase-after-eindrapportage',
            'error',
            ['case', 'spoor2', 'phases', i, 'end'],
            {
              nl: `Deze fase eindigt op ${d(end).nl}, na de eindrapportage van ${d(report.date).nl}.`,
              en: `This phase ends on ${d(end).en}, after the final report of ${d(report.date).en}.`,
            },
          ),
        );
      else if (
        end === null &&
        phase.start <= report.date &&
        (facts.closed === null || facts.closed > report.date)
      )
        out.push(
          documentFinding(
            report.kind,
            'phase-after-eindrapportage',
            'error',
            ['case', 'spoor2', 'phases', i],
            {
              nl: `Deze fase loopt volgens het dossier nog op de datum van de eindrapportage (${d(report.date).nl}).`,
              en: `According to the case this phase is still running on the date of the final report (${d(report.date).en}).`,
            },
          ),
        );
    });
  }
  return out;
}

/**
 * Applications outside the mediation period: in a progress report, those of its period dated
 * before mediation began; in an eindrapportage, those of the log dated after the trajectory
 * ended (the early ones were reported by the progress report of their period).
 */
function applicationsOutsideMediation(
  report: Report,
  t: Spoor2Trajectory,
  facts: Spoor2ReportFacts,
): F[] {
  if (report.kind === 'spoor-2-trajectplan') return [];
  const out: F[] = [];
  const { start, end } = facts.period;
  const mediation = facts.slice!.mediationStart;
  (t.applications ?? []).forEach((a, i) => {
    const path = ['case', 'spoor2', 'applications', i, 'date'];
    const inPeriod = a.date >= start && a.date <= end;
    if (
      report.kind === 'spoor-2-voortgang' &&
      inPeriod &&
      (mediation === null || a.date < mediation)
    )
      out.push(
        documentFinding(
          report.kind,
          'application-outside-mediation',
          'info',
          path,
          mediation === null
            ? {
                nl: `Deze sollicitatie (${d(a.date).nl}) valt niet in een bemiddelingsperiode: het dossier noemt geen fase bemiddeling en sollicitatie en geen trajectplan, dus telt ze niet mee in de sollicitaties per week.`,
                en: `This application (${d(a.date).en}) lies outside any mediation period: the case records no mediation phase and no trajectory plan, so it does not count in the applications a week.`,
              }
            : {
                nl: `Deze sollicitatie (${d(a.date).nl}) ligt vóór het begin van de bemiddeling (${d(mediation).nl}) en telt niet mee in de sollicitaties per week; begon de bemiddeling eerder, leg de fase dan vast zoals ze liep.`,
                en: `This application (${d(a.date).en}) is dated before mediation began (${d(mediation).en}) and does not count in the applications a week; if mediation began earlier, record the phase as it ran.`,
              },
        ),
      );
    else if (
      report.kind === 'spoor-2-eindrapportage' &&
      facts.closed !== null &&
      a.date > facts.closed
    )
      out.push(
        documentFinding(report.kind, 'application-outside-mediation', 'warning', path, {
          nl: `Deze sollicitatie (${d(a.date).nl}) ligt na het einde van het traject (${d(facts.closed).nl}) en telt in de eindrapportage niet mee.`,
          en: `This application (${d(a.date).en}) is dated after the trajectory ended (${d(facts.closed).en}) and does not count in the final report.`,
        }),
      );
  });
  return out;
}

/** The report against the trajectory's register of reports (`spoor2.reports`) and its plan. */
function register(report: Report, t: Spoor2Trajectory): F[] {
  if (report.kind === 'spoor-2-trajectplan')
    return t.plan && t.plan.date !== report.date
      ? [
          documentFinding(report.kind, 'register-mismatch', 'warning', ['date'], {
            nl: `Het trajectplan heeft een andere datum dan het dossier (spoor2.plan.date: ${d(t.plan.date).nl}).`,
            en: `The trajectory plan has another date than the case (spoor2.plan.date: ${d(t.plan.date).en}).`,
          }),
        ]
      : [];
  const kind = SPOOR2_DOCUMENT_KINDS[report.kind];
  const recorded = (t.reports ?? []).find((r) => r.kind === kind && r.date === report.date);
  if (recorded === undefined)
    return [
      documentFinding(report.kind, 'register-mismatch', 'info', ['case', 'spoor2', 'reports'], {
        nl: `Het dossier (spoor2.reports) noemt geen ${kind === 'eind' ? 'eindrapportage' : 'voortgangsrapportage'} op ${d(report.date).nl}; de cijfers en bevindingen van spoor 2 tellen deze rapportage niet mee.`,
        en: `The case (spoor2.reports) records no ${kind === 'eind' ? 'final' : 'progress'} report on ${d(report.date).en}; the spoor-2 figures and findings do not count this report.`,
      }),
    ];
  if (
    report.kind === 'spoor-2-voortgang' &&
    report.number !== undefined &&
    recorded.number !== undefined &&
    recorded.number !== report.number
  )
    return [
      documentFinding(report.kind, 'register-mismatch', 'warning', ['number'], {
        nl: `Het dossier (spoor2.reports) noemt deze rapportage nummer ${recorded.number}.`,
        en: `The case (spoor2.reports) numbers this report ${recorded.number}.`,
      }),
    ];
  return [];
}

/**
 * Checks a spoor-2 report against the trajectory its facts come from (the case's `spoor2`
 * section), beyond the parts its content file must hold:
 * - the case has no trajectory (`no-trajectory`, an error, and nothing else is checked);
 * - a fact the report shows is missing from the case (`missing-case-field` with the path into
 *   `case.spoor2`: provider, trajectplan, trajectdoel, planned end, zoekprofiel with functions
 *   for a trajectplan; phases, result and its date for an eindrapportage: errors), an intensity
 *   without hours a week (`missing-part`), a progress period without activities in the log
 *   (`near-empty`) or without applications while mediation runs (`missing-part`, a warning);
 * - consistency: a report dated before the referral, a progress period that begins before the
 *   referral or runs past the trajectory's end, a trajectplan dated after that end, a trajectory
 *   that runs on after its eindrapportage (`outside-trajectory`, errors); a progress period that
 *   ends after the report's date (`period-after-date`, an error); a phase that ends after the
 *   eindrapportage or is still running on its date (`phase-after-eindrapportage`, an error); an
 *   application in a progress report's period dated before mediation began
 *   (`application-outside-mediation`, info: it does not count in the applications a week), or
 *   one in the log dated after the trajectory ended, which the eindrapportage leaves out (the same
 *   code on the eindrapportage, a warning);
 * - the register: a report the case's `spoor2.reports` does not record on its date (info), a
 *   progress report numbered otherwise there, or a trajectplan dated otherwise than
 *   `spoor2.plan.date` (`register-mismatch`, warnings); reasons for non-placement next to a
 *   placement (`not-shown`, a warning).
 *
 * Any other kind gives no finding. `checkDocument` runs this for every document and for every
 * part of a re-integratieverslag (with the part's own case).
 *
 * @param content - Resolved content of any kind.
 * @returns The findings.
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/rules.md#7-spoor-2 | docs/rules.md §7}; Beleidsregels beoordelingskader poortwachter (BWBR0014375) ch. 5
 * @example
 * ```ts
 * checkSpoor2Report({ ...voortgang, period: { from: '2025-01-01', to: '2025-02-01' } });
 * // [{ code: 'document/spoor-2-voortgang/outside-trajectory', path: ['period', 'from'], … }, …]
 * ```
 * @category Completeness
 */
export function checkSpoor2Report(content: ResolvedDocumentContent): F[] {
  if (!isSpoor2Report(content)) return [];
  const report: Report = content;
  const t = report.case.spoor2;
  if (t == null)
    return [
      documentFinding(
        report.kind,
        'no-trajectory',
        'error',
        ['case', 'spoor2'],
        {
          nl: 'Het dossier heeft geen spoor-2-traject (spoor2): de rapportage haalt haar data, activiteiten, sollicitaties en totalen daaruit.',
          en: 'The case has no spoor-2 trajectory (spoor2): the report takes its dates, activities, applications and totals from it.',
        },
        SOURCES.spoor2,
      ),
    ];
  const facts = spoor2ReportFacts(report.case, report);
  return [
    ...caseFacts(report, t, facts),
    ...contentFacts(report, facts),
    ...consistency(report, t, facts),
    ...applicationsOutsideMediation(report, t, facts),
    ...register(report, t),
  ];
}
