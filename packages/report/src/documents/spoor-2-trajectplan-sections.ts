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
import { authorsText } from './part-intro.js';
import type { SectionContext } from './section-context.js';

const date = (value: string | undefined): string | undefined => value && formatDate(value);
const period = (from: string | undefined, to: string | undefined): string =>
  from || to ? `${date(from) ?? '…'} –\n${date(to) ?? '…'}` : '—';
const list = (items: readonly string[]): string => (items.length ? items.join(', ') : '—');

/**
 * The sections of a spoor-2 trajectplan: the trajectory data (first sick day, referral, intake,
 * provider and loopbaanadviseur, arbeidsdeskundig report, FML or IZP, bedrijfsarts), the
 * persoonsprofiel, the zoekprofiel, the planned activities per phase, the reporting moments, the
 * intensity, a legend of abbreviations and the signatures.
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
  const { provider, persoonsprofiel, zoekprofiel } = content;
  const ad = content.arbeidsdeskundigRapport;
  const fa = content.functionalAssessment;
  const travel = [
    zoekprofiel?.maxTravelDistanceKm === undefined
      ? ''
      : `${formatNumber(zoekprofiel.maxTravelDistanceKm)} km`,
    zoekprofiel?.maxTravelMinutes === undefined
      ? ''
      : `${formatNumber(zoekprofiel.maxTravelMinutes)} minuten`,
  ].filter(Boolean);
  return [
    heading('Trajectgegevens', level),
    fieldsTable(
      [
        {
          fields: [
            ['Eerste ziektedag', date(firstSickDay(content.case))],
            ['Datum aanmelding', date(content.referralDate)],
            ['Datum intake', date(content.intakeDate)],
            ['Re-integratiebedrijf', provider?.organisation],
            ['Loopbaanadviseur', authorsText(provider?.adviser ? [provider.adviser] : [])],
            ['Contact', provider?.contact],
            ['Arbeidsdeskundig rapport', ad && `${formatDate(ad.date)} (${ad.status})`],
            ['FML / IZP', fa && `${fa.type.toUpperCase()}, ${formatDate(fa.date)}`],
            [
              'Bedrijfsarts',
              [content.case.bedrijfsarts?.name, content.case.bedrijfsarts?.organisation]
                .filter(Boolean)
                .join(', '),
            ],
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
            ['Sectoren', list(zoekprofiel?.sectors ?? [])],
            ['Functies', list(zoekprofiel?.functions ?? [])],
            ['Taken', list(zoekprofiel?.tasks ?? [])],
            ['Reisafstand', travel.join(' of ')],
            [
              'Uren per week',
              zoekprofiel?.hoursPerWeek === undefined
                ? undefined
                : formatNumber(zoekprofiel.hoursPerWeek),
            ],
            ['Toelichting', zoekprofiel?.notes],
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
        period(p.from, p.to),
        p.activities.join('\n'),
      ]),
      theme,
      'Geen fasen gepland.',
    ),
    heading('Rapportagemomenten', level),
    dataTable(
      [
        { header: 'Datum', weight: 25 },
        { header: 'Omschrijving', weight: 75 },
      ],
      content.reportingMoments.map((r) => [formatDate(r.date), r.description ?? '—']),
      theme,
      'Geen rapportagemomenten gepland.',
    ),
    heading('Intensiteit', level),
    dataTable(
      [
        { header: 'Vorm', weight: 25 },
        { header: 'Omschrijving', weight: 75 },
      ],
      content.intensity.map((i) => [LABELS.intensity[i.mode], i.description]),
      theme,
      'Geen intensiteit opgegeven.',
    ),
    heading('Verklaring van afkortingen', level),
    dataTable(
      [
        { header: 'Afkorting', weight: 25 },
        { header: 'Betekenis', weight: 75 },
      ],
      content.legend.map((l) => [l.abbreviation, l.meaning]),
      theme,
      'Geen afkortingen gebruikt.',
    ),
    ...signatureBlock(content.signatures, content.case, theme, level),
  ];
}
