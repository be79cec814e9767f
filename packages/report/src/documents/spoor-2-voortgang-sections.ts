import { formatDate } from '@poortwachter/core';
import type { ResolvedContentOf } from '@poortwachter/schema';
import type { FileChild } from 'docx';
import { applicationsTable } from '../blocks/applications-table.js';
import { dataTable } from '../blocks/data-table.js';
import { fieldsTable } from '../blocks/fields-table.js';
import { heading } from '../blocks/heading.js';
import { labeledText } from '../blocks/labeled-text.js';
import { signatureBlock } from '../blocks/signature-block.js';
import { spoor2ActivityTable } from '../blocks/spoor-2-activity-table.js';
import { textParagraph } from '../blocks/text-paragraph.js';
import { formatNumber } from '../format/format-number.js';
import { LABELS } from '../format/labels.js';
import { spoor2ReportFacts } from '../spoor2/spoor2-report-facts.js';
import { spoor2TotalsRows } from '../spoor2/spoor2-totals-rows.js';
import { authorsText } from './part-intro.js';
import type { SectionContext } from './section-context.js';

/**
 * The sections of a spoor-2 voortgangsrapportage. From the case's `spoor2` log: the period with
 * the provider and adviser, the phases that ran in it and the applications a week against the
 * agreed number; the activities with date, kind, mode, hours, goal and result; the applications
 * (date, employer, function, channel, result); the totals of the period and since the start;
 * and the date of the next report. From the content file: training and work experience,
 * obstacles and the employee's cooperation, changes to the zoekprofiel, the plan for the next
 * period, the adviser's (and any other) signature, and last the employee's view with the
 * employee's signature under it.
 *
 * @param content - The resolved voortgangsrapportage.
 * @param ctx - Theme and heading level.
 * @returns The sections' paragraphs and tables.
 * @example
 * ```ts
 * const children = spoor2VoortgangSections(voortgang, { theme: defaultTheme, level: 1 });
 * ```
 * @see Beleidsregels beoordelingskader poortwachter (BWBR0014375) ch. 5
 * @category Documents
 */
export function spoor2VoortgangSections(
  content: ResolvedContentOf<'spoor-2-voortgang'>,
  ctx: SectionContext,
): FileChild[] {
  const { theme, level } = ctx;
  const facts = spoor2ReportFacts(content.case, content);
  const t = facts.trajectory;
  const adviser = t?.provider?.adviser;
  const phases = facts.slice?.phases.map((p) => LABELS.spoor2Phase[p.phase]) ?? [];
  const employee = content.signatures.filter((s) => s.role === 'werknemer');
  const others = content.signatures.filter((s) => s.role !== 'werknemer');
  const perWeek = `${
    facts.applicationsPerWeek === null
      ? 'geen bemiddeling in deze periode'
      : `${formatNumber(facts.applicationsPerWeek)} in de bemiddeling`
  } (afgesproken: ${formatNumber(facts.agreedApplicationsPerWeek)})`;
  const next = facts.nextReportDate
    ? `uiterlijk ${formatDate(facts.nextReportDate)}`
    : t
      ? 'geen: het traject is afgerond, de eindrapportage volgt'
      : undefined;

  return [
    heading('Rapportageperiode', level),
    fieldsTable(
      [
        {
          fields: [
            [
              'Periode',
              `${formatDate(content.period.from)} tot en met ${formatDate(content.period.to)}`,
            ],
            ['Re-integratiebedrijf', t?.provider?.name],
            ['Loopbaanadviseur', authorsText(adviser ? [adviser] : [])],
            ['Fasen in de periode', phases.length ? phases.join(', ') : undefined],
            ['Sollicitaties per week', t ? perWeek : undefined],
          ],
        },
      ],
      theme,
    ),
    heading('Activiteiten in de periode', level),
    spoor2ActivityTable(facts.slice?.activities ?? [], theme),
    heading('Sollicitaties', level),
    applicationsTable(facts.slice?.applications ?? [], theme),
    heading('Totalen', level),
    dataTable(
      [
        { header: 'Onderdeel', weight: 40 },
        { header: 'In deze periode', weight: 30 },
        { header: 'Sinds de aanmelding', weight: 30 },
      ],
      facts.slice && facts.sinceStart ? spoor2TotalsRows(facts.slice.totals, facts.sinceStart) : [],
      theme,
      'Geen totalen: het dossier heeft geen spoor-2-traject.',
    ),
    heading('Scholing en werkervaring', level),
    textParagraph(content.trainingAndWorkExperience, theme),
    heading('Belemmeringen en medewerking', level),
    labeledText('Belemmeringen', content.obstacles, theme),
    labeledText('Medewerking van de werknemer', content.cooperation, theme),
    heading('Wijzigingen in het zoekprofiel', level),
    textParagraph(content.zoekprofielChanges, theme),
    heading('Plan voor de volgende periode', level),
    textParagraph(content.nextPeriodPlan, theme),
    labeledText('Volgende rapportage', next, theme),
    ...signatureBlock(others, content.case, theme, level),
    heading('Visie van de werknemer', level),
    textParagraph(content.employeeView, theme, { keepNext: true }),
    // A subheading under the employee's view, signed like the rest of the report: on lines in
    // the report itself, as a record inside a re-integratieverslag.
    ...signatureBlock(employee, content.case, theme, level + 1, {
      title: 'Ondertekening door de werknemer',
      mode: level > 1 ? 'record' : 'lines',
    }),
  ];
}
