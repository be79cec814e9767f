import { firstSickDay, formatDate } from '@poortwachter/core';
import type { ResolvedContentOf } from '@poortwachter/schema';
import type { FileChild } from 'docx';
import { bulletList } from '../blocks/bullet-list.js';
import { dataTable } from '../blocks/data-table.js';
import { fieldsTable } from '../blocks/fields-table.js';
import { heading } from '../blocks/heading.js';
import { labeledText } from '../blocks/labeled-text.js';
import { signatureBlock } from '../blocks/signature-block.js';
import { formatNumber } from '../format/format-number.js';
import { LABELS } from '../format/labels.js';
import { SPOOR2_LEGEND } from '../spoor2/spoor2-legend.js';
import { spoor2ReportFacts } from '../spoor2/spoor2-report-facts.js';
import { periodText } from '../spoor2/spoor2-text.js';
import { authorsText } from './part-intro.js';
import type { SectionContext } from './section-context.js';

const date = (value: string | null | undefined): string | undefined =>
  value ? formatDate(value) : undefined;
const list = (items: readonly string[] | undefined): string =>
  items?.length ? items.join(', ') : '—';

/**
 * The sections of a spoor-2 trajectplan. From the case's `spoor2` section: the trajectory data
 * (first sick day, referral, intake, provider and loopbaanadviseur, arbeidsdeskundig report,
 * FML or IZP, bedrijfsarts), the trajectdoel with the planned end, the agreed applications a week
 * and the reporting interval, the zoekprofiel's functions, sectors, travel time and hours, and
 * the reporting moments up to the planned end. From the content file: the persoonsprofiel, the
 * zoekprofiel's tasks, distance and notes, the planned activities per phase, the intensity per
 * mode with hours a week and their total, abbreviations beyond the standard legend, and the
 * signatures (the employee's among them).
 *
 * @param content - The resolved trajectplan.
 * @param ctx - Theme and heading level.
 * @returns The sections' paragraphs and tables.
 * @example
 * ```ts
 * const children = spoor2TrajectplanSections(trajectplan, { theme: defaultTheme, level: 1 });
 * ```
 * @see BW 7:658a lid 1; Beleidsregels beoordelingskader poortwachter (BWBR0014375) ch. 5
 * @category Documents
 */
export function spoor2TrajectplanSections(
  content: ResolvedContentOf<'spoor-2-trajectplan'>,
  ctx: SectionContext,
): FileChild[] {
  const { theme, level } = ctx;
  const facts = spoor2ReportFacts(content.case, content);
  const t = facts.trajectory;
  const plan = t?.plan;
  const zoekprofiel = plan?.zoekprofiel;
  const own = content.zoekprofiel;
  const { persoonsprofiel } = content;
  const adviser = t?.provider?.adviser;
  const travel = [
    own?.maxTravelDistanceKm === undefined ? '' : `${formatNumber(own.maxTravelDistanceKm)} km`,
    zoekprofiel?.maxTravelMinutes == null
      ? ''
      : `${formatNumber(zoekprofiel.maxTravelMinutes)} minuten enkele reis`,
  ].filter(Boolean);
  const assessment = [
    content.functionalAssessment?.toUpperCase(),
    t?.capacityDate ? formatDate(t.capacityDate) : undefined,
  ].filter(Boolean);
  const intensityHours = content.intensity.reduce((sum, i) => sum + (i.hoursPerWeek ?? 0), 0);
  const legend = [
    ...SPOOR2_LEGEND.filter((l) => !content.legend.some((c) => c.abbreviation === l.abbreviation)),
    ...content.legend,
  ].sort((a, b) => a.abbreviation.localeCompare(b.abbreviation, 'nl'));

  return [
    heading('Trajectgegevens', level),
    fieldsTable(
      [
        {
          fields: [
            ['Eerste ziektedag', date(firstSickDay(content.case))],
            ['Datum aanmelding', date(t?.referral)],
            ['Datum intake', date(t?.intake)],
            ['Re-integratiebedrijf', t?.provider?.name],
            ['Loopbaanadviseur', authorsText(adviser ? [adviser] : [])],
            ['Contact', content.adviserContact],
            [
              'Arbeidsdeskundig rapport',
              t?.adReport
                ? `${formatDate(t.adReport.date)}${t.adReport.status ? ` (${t.adReport.status})` : ''}`
                : undefined,
            ],
            ['FML / IZP', assessment.length ? assessment.join(', ') : undefined],
            [
              'Bedrijfsarts',
              [content.case.bedrijfsarts?.name, content.case.bedrijfsarts?.organisation]
                .filter(Boolean)
                .join(', ') || undefined,
            ],
          ],
        },
      ],
      theme,
    ),
    heading('Trajectdoel', level),
    fieldsTable(
      [
        {
          fields: [
            ['Doel', plan?.goal],
            ['Geplande einddatum', date(plan?.plannedEnd)],
            [
              'Sollicitaties per week',
              t ? `${formatNumber(facts.agreedApplicationsPerWeek)}` : undefined,
            ],
            ['Rapportage', t ? `elke ${facts.reportEveryWeeks} weken` : undefined],
          ],
        },
      ],
      theme,
    ),
    heading('Persoonsprofiel', level),
    heading('Werkervaring', level + 1),
    ...bulletList(persoonsprofiel?.workExperience ?? [], theme),
    heading('Opleiding', level + 1),
    ...bulletList(persoonsprofiel?.education ?? [], theme),
    heading('Vaardigheden', level + 1),
    ...bulletList(persoonsprofiel?.skills ?? [], theme),
    labeledText('Ambities', persoonsprofiel?.ambitions, theme),
    labeledText('Belemmeringen', persoonsprofiel?.obstacles, theme),
    heading('Zoekprofiel', level),
    fieldsTable(
      [
        {
          fields: [
            ['Functies', list(zoekprofiel?.functions)],
            ['Sectoren', list(zoekprofiel?.sectors)],
            ['Taken', list(own?.tasks)],
            ['Reisafstand', travel.length ? travel.join(' of ') : undefined],
            [
              'Uren per week',
              zoekprofiel?.hoursPerWeek == null
                ? undefined
                : formatNumber(zoekprofiel.hoursPerWeek),
            ],
            ['Toelichting', own?.notes],
          ],
        },
      ],
      theme,
    ),
    heading('Geplande activiteiten per fase', level),
    dataTable(
      [
        { header: 'Fase', weight: 24 },
        { header: 'Periode', weight: 28 },
        { header: 'Activiteiten', weight: 48 },
      ],
      content.phases.map((p) => [
        LABELS.spoor2Phase[p.phase],
        p.from || p.to ? periodText(p.from, p.to) : '—',
        p.activities.join('\n'),
      ]),
      theme,
      'Geen fasen gepland.',
    ),
    heading('Intensiteit', level),
    dataTable(
      [
        { header: 'Vorm', weight: 22 },
        { header: 'Uren per week', weight: 18 },
        { header: 'Omschrijving', weight: 60 },
      ],
      content.intensity.length
        ? [
            ...content.intensity.map((i) => [
              LABELS.intensity[i.mode],
              i.hoursPerWeek === undefined ? '—' : formatNumber(i.hoursPerWeek),
              i.description ?? '—',
            ]),
            ['Totaal', formatNumber(intensityHours), 'uren per week samen'],
          ]
        : [],
      theme,
      'Geen intensiteit opgegeven.',
    ),
    heading('Rapportagemomenten', level),
    dataTable(
      [
        { header: 'Uiterlijk op', weight: 30 },
        { header: 'Rapportage', weight: 70 },
      ],
      facts.reportingMoments.map((m) => [
        formatDate(m.date),
        m.kind === 'eind' ? 'Eindrapportage' : `Voortgangsrapportage ${m.number}`,
      ]),
      theme,
      'Geen rapportagemomenten: het dossier noemt geen trajectplan met een geplande einddatum.',
    ),
    heading('Verklaring van afkortingen', level),
    dataTable(
      [
        { header: 'Afkorting', weight: 25 },
        { header: 'Betekenis', weight: 75 },
      ],
      legend.map((l) => [l.abbreviation, l.meaning]),
      theme,
    ),
    ...signatureBlock(content.signatures, content.case, theme, level),
  ];
}
