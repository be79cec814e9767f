import { formatDate } from '@poortwachter/core';
import type { ResolvedContentOf, ResolvedRivPart } from '@poortwachter/schema';
import type { FileChild } from 'docx';
import { administrativeDataTable } from '../blocks/administrative-data-table.js';
import { dataTable } from '../blocks/data-table.js';
import { heading } from '../blocks/heading.js';
import { labeledText } from '../blocks/labeled-text.js';
import { signatureBlock } from '../blocks/signature-block.js';
import { textParagraph } from '../blocks/text-paragraph.js';
import { documentTitle } from '../format/document-title.js';
import { documentTitleOf } from './document-title-of.js';
import { authorsText, partIntro } from './part-intro.js';
import { partSections } from './part-sections.js';
import type { SectionContext } from './section-context.js';

type Riv = ResolvedContentOf<'re-integratieverslag'>;

const MEDICAL_NOTE =
  'Het onderdeel Medische informatie zit niet in dit verslag: de bedrijfsarts of de werknemer stuurt het rechtstreeks naar UWV.';

/** Date, authors and title of a part, from its content file or as listed in the verslag. */
function partFacts(part: ResolvedRivPart) {
  const content = part.content;
  return {
    title: part.title ?? (content ? documentTitleOf(content) : documentTitle(part.kind)),
    date: content ? content.date : part.date,
    authors: content ? content.authors : part.authors,
    inline: content !== undefined,
  };
}

function indexTable(riv: Riv, ctx: SectionContext) {
  const rows = riv.parts.map((part, i) => {
    const facts = partFacts(part);
    return [
      String(i + 1),
      facts.title,
      facts.date ? formatDate(facts.date) : '—',
      authorsText(facts.authors) ?? '—',
      facts.inline ? 'in dit verslag' : 'bijlage',
    ];
  });
  if (riv.variant === 'volledig') {
    const n = riv.parts.length;
    const ev = riv.eindevaluatie;
    const ow = riv.oordeelWerknemer;
    rows.push(
      [
        String(n + 1),
        'Eindevaluatie',
        ev?.date ? formatDate(ev.date) : '—',
        authorsText(ev?.authors) ?? '—',
        'in dit verslag',
      ],
      [
        String(n + 2),
        'Oordeel van de werknemer',
        ow?.date ? formatDate(ow.date) : '—',
        authorsText([{ name: riv.case.employee?.name, function: 'Werknemer' }]) ?? '—',
        'in dit verslag',
      ],
    );
  }
  return dataTable(
    [
      { header: 'Nr.', weight: 5 },
      { header: 'Onderdeel', weight: 27 },
      { header: 'Datum', weight: 20 },
      { header: 'Auteur(s), functie', weight: 33 },
      { header: 'Vorm', weight: 15 },
    ],
    rows,
    ctx.theme,
    'Geen onderdelen opgegeven.',
  );
}

function oordeelWerknemer(riv: Riv, ctx: SectionContext, pageBreakBefore: boolean): FileChild[] {
  const { theme } = ctx;
  const ow = riv.oordeelWerknemer;
  const agrees = ow?.agreesWithEindevaluatie;
  return [
    heading('Oordeel van de werknemer', 1, { pageBreakBefore }),
    ...partIntro(
      { date: ow?.date, authors: [{ name: riv.case.employee?.name, function: 'Werknemer' }] },
      theme,
    ),
    textParagraph(ow?.view, theme),
    ...(riv.variant === 'volledig'
      ? [
          labeledText(
            'Eens met de eindevaluatie',
            agrees === undefined ? undefined : agrees ? 'ja' : 'nee',
            theme,
          ),
        ]
      : []),
    ...signatureBlock(ow?.signatures ?? [], riv.case, theme, 2),
  ];
}

/**
 * The sections of a re-integratieverslag. Variant `volledig`: a cover sheet (administrative
 * data, function, nature of the business, skills, first sick day), an index of all parts (kind,
 * date, author name and function, inline or attached), every part written with this library
 * rendered inline on its own pages with the same section builders as the documents themselves,
 * the list of attachments, the eindevaluatie and the oordeel van de werknemer. Variant
 * `verkort`: administrative data, the current status, the index when parts are listed, and the
 * employee's view. The *Medische informatie* part is never in it.
 *
 * @param riv - The resolved re-integratieverslag.
 * @param ctx - The theme (parts get heading level 2 below their own level-1 title).
 * @returns The paragraphs and tables after the document's title.
 * @example
 * ```ts
 * const children = reIntegratieverslagSections(riv, { theme: defaultTheme, level: 1 });
 * ```
 * @see Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2 and 2a; Wet WIA art. 64 lid 3
 * @category Documents
 */
export function reIntegratieverslagSections(riv: Riv, ctx: SectionContext): FileChild[] {
  const { theme } = ctx;
  if (riv.variant === 'verkort') {
    return [
      heading('Administratieve gegevens', 1),
      administrativeDataTable(riv.case, theme),
      heading('Huidige stand van zaken', 1),
      textParagraph(riv.currentStatus, theme),
      ...(riv.parts.length ? [heading('Onderdelen', 1), indexTable(riv, ctx)] : []),
      ...oordeelWerknemer(riv, ctx, false),
    ];
  }
  const ev = riv.eindevaluatie;
  const attached = riv.parts
    .map((part, i) => ({ part, n: i + 1 }))
    .filter(({ part }) => !part.content);
  return [
    heading('Voorblad', 1),
    administrativeDataTable(riv.case, theme, [
      {
        title: 'Werk en bedrijf',
        fields: [
          ['Aard van het bedrijf', riv.case.employer?.natureOfBusiness],
          ['Vaardigheden', riv.skills.join('\n')],
        ],
      },
    ]),
    heading('Inhoud', 1),
    textParagraph(MEDICAL_NOTE, theme),
    indexTable(riv, ctx),
    ...riv.parts.flatMap((part, i) =>
      part.content
        ? [
            heading(`${i + 1}. ${partFacts(part).title}`, 1, { pageBreakBefore: true }),
            ...partIntro(part.content, theme),
            ...partSections(part.content, { theme, level: 2 }),
          ]
        : [],
    ),
    heading('Bijlagen', 1, { pageBreakBefore: true }),
    ...(attached.length
      ? [
          textParagraph(
            'De volgende onderdelen zijn elders opgesteld en worden als bijlage meegestuurd.',
            theme,
          ),
          dataTable(
            [
              { header: 'Nr.', weight: 5 },
              { header: 'Onderdeel', weight: 25 },
              { header: 'Datum', weight: 20 },
              { header: 'Auteur(s), functie', weight: 28 },
              { header: 'Bestand', weight: 22 },
            ],
            attached.map(({ part, n }) => {
              const facts = partFacts(part);
              return [
                String(n),
                facts.title,
                facts.date ? formatDate(facts.date) : '—',
                authorsText(facts.authors) ?? '—',
                part.attachment ?? '—',
              ];
            }),
            theme,
          ),
        ]
      : [textParagraph('Geen bijlagen.', theme)]),
    heading('Eindevaluatie', 1, { pageBreakBefore: true }),
    ...partIntro({ date: ev?.date, authors: ev?.authors }, theme),
    labeledText('Stand van de re-integratie bij de WIA-aanvraag', ev?.stateOfReintegration, theme),
    labeledText('Oordeel over de arbeidsverhouding', ev?.workingRelationship, theme),
    labeledText('Passend werk bij de werkgever', ev?.suitableWorkAtEmployer, theme),
    labeledText('Aard van het bedrijf', riv.case.employer?.natureOfBusiness, theme),
    ...signatureBlock(ev?.signatures ?? [], riv.case, theme, 2),
    ...oordeelWerknemer(riv, ctx, true),
  ];
}
