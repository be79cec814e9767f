import { firstSickDay } from '@poortwachter/core';
import { LABELS } from '@poortwachter/report/blocks';
import { format, parseISO } from 'date-fns';
import { nl } from 'date-fns/locale/nl';

const hours = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const date = (iso) => (iso ? format(parseISO(iso), 'd MMMM yyyy', { locale: nl }) : '—');
const joined = (...parts) => parts.filter(Boolean).join(' · ');
/** A bullet list as a paragraph loop plus its last item, which has more space after it. */
const bullets = (name, items) => ({
  [name]: items.slice(0, -1),
  [`${name}Last`]: items.at(-1) ?? '',
});

function signer(signature, caseData) {
  if (signature.role === 'werknemer')
    return { name: caseData.employee?.name, function: caseData.employee?.function };
  if (signature.role === 'casemanager')
    return { name: caseData.casemanager?.name, function: caseData.casemanager?.function };
  return { name: signature.name, function: signature.function };
}

/**
 * The documents baseline's data step: turns a resolved plan van aanpak into the flat strings and
 * row lists a docxtemplater template is filled with, the way an integrator does it (date-fns
 * `format` with the `nl` locale, `Intl.NumberFormat`, label tables). Top-level strings are listed
 * in the order they appear in the document (header, body, footer); arrays of objects fill
 * table-row loops; a bullet list is an array of all items but the last (a paragraph loop) and
 * `<name>Last`, the last item, whose paragraph has more space after it. Covers what the example plan van
 * aanpak uses (two signatures, every list non-empty).
 *
 * @param {import('@poortwachter/schema').ResolvedContentOf<'plan-van-aanpak'>} content - The resolved plan van aanpak.
 * @returns {Record<string, string | string[] | Record<string, string>[]>} The template data.
 * @example
 * ```js
 * pvaTemplateData(loadPvaContent()).activities[0]; // { who: 'Werkgever', what: 'Aangepaste werkplek …', byWhen: '1 april 2024' }
 * ```
 * @category Benchmarks
 */
export function pvaTemplateData(content) {
  const caseData = content.case;
  const employee = caseData.employee ?? {};
  const employer = caseData.employer ?? {};
  const casemanager = caseData.casemanager ?? {};
  const summary = content.functionalSummary ?? {};
  const [first, second] = content.signatures.map((s) => ({
    ...signer(s, caseData),
    date: date(s.date),
    place: s.place,
  }));
  return {
    headerName: employee.name,
    headerBsn: `BSN ${employee.bsn}`,
    date: date(content.date),
    version: String(content.version),
    authors: content.authors
      .map((a) => (a.function ? `${a.name} (${a.function})` : a.name))
      .join('; '),
    employeeName: employee.name,
    employeeAddress: employee.address,
    bsn: employee.bsn,
    dateOfBirth: date(employee.dateOfBirth),
    employeeFunction: employee.function,
    hoursPerWeek: hours.format(employee.hoursPerWeek),
    employerName: employer.name,
    employerAddress: employer.address,
    loonheffingennummer: employer.loonheffingennummer,
    bedrijfsarts: joined(caseData.bedrijfsarts?.name, caseData.bedrijfsarts?.organisation),
    casemanagerName: casemanager.name,
    casemanagerFunction: casemanager.function,
    casemanagerContact: joined(casemanager.email, casemanager.phone),
    firstSickDay: date(firstSickDay(caseData)),
    probleemanalyseDate: date(content.probleemanalyseDate),
    ...bullets('limitations', summary.limitations ?? []),
    ...bullets('possibilities', summary.possibilities ?? []),
    expectedCourse: summary.expectedCourse,
    expectedDuration: summary.expectedDuration,
    endGoal: LABELS.endGoal[content.endGoal],
    endGoalExplanation: content.endGoalExplanation,
    intermediateGoals: content.intermediateGoals.map((g, i) => ({
      number: String(i + 1),
      description: g.description,
      targetDate: date(g.targetDate),
    })),
    activities: content.activities.map((a) => ({
      who: a.whoDescription ? `${LABELS.party[a.who]}: ${a.whoDescription}` : LABELS.party[a.who],
      what: a.what,
      goal: a.goal,
      intermediateGoal: a.intermediateGoal === undefined ? '—' : `nr. ${a.intermediateGoal}`,
      byWhen: date(a.byWhen),
    })),
    opbouwschema: content.opbouwschema.map((r) => ({
      from: date(r.from),
      hoursPerWeek: hours.format(r.hoursPerWeek),
      tasks: r.tasks ?? '—',
    })),
    interventions: content.interventions.map((i) => ({
      description: i.description,
      provider: i.provider ?? '—',
      startDate: date(i.startDate),
    })),
    ...bullets('adjustments', content.adjustments),
    contactAgreements: content.contactAgreements.map((c) => ({
      how: c.how,
      frequency: c.frequency,
      initiative: LABELS.party[c.initiative],
    })),
    evaluationMoments: content.evaluationMoments.map((e) => ({
      date: date(e.date),
      type: LABELS.evaluationType[e.type],
      description: e.description ?? '—',
    })),
    firstSignerName: first.name,
    firstSignerFunction: first.function,
    firstSignerDate: first.date,
    firstSignerPlace: first.place,
    secondSignerName: second.name,
    secondSignerFunction: second.function,
    secondSignerDate: second.date,
    secondSignerPlace: second.place,
    copiesTo: content.copiesTo.map((r) => LABELS.party[r]).join(', '),
    footerLine: `Datum ${date(content.date)} · versie ${content.version}`,
  };
}
