import { formatDate } from '@poortwachter/core';
import type { Case, ResolvedContentOf, ResolvedRivPart } from '@poortwachter/schema';
import { type FileChild, TableOfContents } from 'docx';
import { administrativeDataTable } from '../blocks/administrative-data-table.js';
import { dataTable } from '../blocks/data-table.js';
import type { FieldGroup } from '../blocks/fields-table.js';
import { heading } from '../blocks/heading.js';
import { labeledText } from '../blocks/labeled-text.js';
import { signatureBlock } from '../blocks/signature-block.js';
import { textParagraph } from '../blocks/text-paragraph.js';
import { documentTitle } from '../format/document-title.js';
import { formatAmount } from '../format/format-amount.js';
import { formatNumber } from '../format/format-number.js';
import { LABELS } from '../format/labels.js';
import { documentTitleOf } from './document-title-of.js';
import { authorsText, partIntro } from './part-intro.js';
import { partSections } from './part-sections.js';
import type { SectionContext } from './section-context.js';

type Riv = ResolvedContentOf<'re-integratieverslag'>;

const MEDICAL_NOTE =
  'Het onderdeel Medische informatie zit niet in dit verslag: de bedrijfsarts of de werknemer stuurt het rechtstreeks naar UWV.';

const date = (value: string | undefined): string | undefined => value && formatDate(value);
const joined = (...parts: (string | undefined)[]): string | undefined =>
  parts.filter(Boolean).join(' · ') || undefined;
const yesNo = (value: boolean | undefined): string | undefined =>
  value === undefined ? undefined : value ? 'ja' : 'nee';

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

/** The employee's name and function as the author of the oordeel van de werknemer. */
const employeeAuthor = (riv: Riv) => [{ name: riv.case.employee?.name, function: 'Werknemer' }];

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
        date(ev?.date) ?? '—',
        authorsText(ev?.authors) ?? '—',
        'in dit verslag',
      ],
      [
        String(n + 2),
        'Oordeel van de werknemer',
        date(ow?.date) ?? '—',
        authorsText(employeeAuthor(riv)) ?? '—',
        'in dit verslag',
      ],
    );
  }
  return dataTable(
    [
      { header: 'Nr.', weight: 6 },
      { header: 'Onderdeel', weight: 27 },
      { header: 'Datum', weight: 19 },
      { header: 'Auteur(s), functie', weight: 33 },
      { header: 'Vorm', weight: 15 },
    ],
    rows,
    ctx.theme,
    'Geen onderdelen opgegeven.',
  );
}

/**
 * What UWV asks about the employment and the employer with a WIA application, for the cover
 * sheet: date in service, contract and its end, work pattern, contact details of the employee
 * and of the employer's contact person, eigenrisicodrager status, nature of the business.
 */
function wiaApplicationGroups(caseData: Case, skills: readonly string[]): FieldGroup[] {
  const employee = caseData.employee ?? {};
  const employment = employee.employment ?? {};
  const employer = caseData.employer ?? {};
  const contact = employer.contactPerson ?? {};
  return [
    {
      title: 'Dienstverband',
      fields: [
        ['In dienst sinds', date(employment.startDate)],
        ['Soort contract', employment.contractType && LABELS.contractType[employment.contractType]],
        ['Einddatum contract', date(employment.endDate)],
        ['Werkpatroon', employment.workPattern],
      ],
    },
    {
      title: 'Contactgegevens',
      fields: [
        ['Werknemer', joined(employee.email, employee.phone)],
        [
          'Contactpersoon werkgever',
          joined(
            [contact.name, contact.function].filter(Boolean).join(', ') || undefined,
            contact.email,
            contact.phone,
          ),
        ],
      ],
    },
    {
      title: 'Werk en bedrijf',
      fields: [
        ['Aard van het bedrijf', employer.natureOfBusiness],
        ['Eigenrisicodrager WGA', yesNo(employer.eigenrisicodrager?.wga)],
        ['Eigenrisicodrager Ziektewet', yesNo(employer.eigenrisicodrager?.zw)],
        ['Vaardigheden', skills.join('\n')],
      ],
    },
  ];
}

function eindevaluatie(riv: Riv, ctx: SectionContext, number: number): FileChild[] {
  const { theme } = ctx;
  const ev = riv.eindevaluatie;
  const work = ev?.currentWork;
  const sufficient = ev?.resultSufficient;
  const wage = work?.wage;
  return [
    heading(`${number}. Eindevaluatie`, 1, { pageBreakBefore: true }),
    ...partIntro({ date: ev?.date, authors: ev?.authors }, theme),
    labeledText('Stand van de re-integratie bij de WIA-aanvraag', ev?.stateOfReintegration, theme),
    heading('Huidig werk en loon', 2),
    ...(work === undefined
      ? [textParagraph(undefined, theme)]
      : work.hoursPerWeek === 0
        ? [labeledText('Werkzaamheden', 'De werknemer werkt op dit moment niet.', theme)]
        : [
            labeledText('Werkzaamheden', work.description, theme),
            labeledText('Uren per week', formatNumber(work.hoursPerWeek), theme),
            labeledText(
              'Brutoloon',
              wage && `${formatAmount(wage.amount)} ${LABELS.wagePer[wage.per]}`,
              theme,
            ),
            labeledText('Sinds', date(work.since), theme),
          ]),
    heading('Oordeel van de werkgever', 2),
    labeledText(
      'Re-integratieresultaat voldoende',
      sufficient && (sufficient.sufficient ? 'ja' : 'nee'),
      theme,
    ),
    ...(sufficient?.motivation ? [labeledText('Toelichting', sufficient.motivation, theme)] : []),
    labeledText('Oordeel over de arbeidsverhouding', ev?.workingRelationship, theme),
    labeledText('Passend werk bij de werkgever', ev?.suitableWorkAtEmployer, theme),
    labeledText('Aard van het bedrijf', riv.case.employer?.natureOfBusiness, theme),
    ...signatureBlock(ev?.signatures ?? [], riv.case, theme, 2, { mode: 'lines' }),
  ];
}

function oordeelWerknemer(riv: Riv, ctx: SectionContext, number?: number): FileChild[] {
  const { theme } = ctx;
  const ow = riv.oordeelWerknemer;
  const agrees = ow?.agreesWithEindevaluatie;
  const title = 'Oordeel van de werknemer';
  return [
    heading(number === undefined ? title : `${number}. ${title}`, 1, {
      pageBreakBefore: number !== undefined,
    }),
    ...partIntro({ date: ow?.date, authors: employeeAuthor(riv) }, theme),
    textParagraph(ow?.view, theme),
    ...(riv.variant === 'volledig'
      ? [labeledText('Eens met de eindevaluatie', yesNo(agrees), theme)]
      : []),
    ...signatureBlock(ow?.signatures ?? [], riv.case, theme, 2, { mode: 'lines' }),
  ];
}

function attachments(riv: Riv, ctx: SectionContext): FileChild[] {
  const { theme } = ctx;
  const attached = riv.parts
    .map((part, i) => ({ part, n: i + 1 }))
    .filter(({ part }) => !part.content);
  return [
    heading('Bijlagen', 1, { pageBreakBefore: true }),
    ...(attached.length
      ? [
          textParagraph(
            'De volgende onderdelen zijn elders opgesteld en worden als bijlage meegestuurd.',
            theme,
          ),
          dataTable(
            [
              { header: 'Nr.', weight: 6 },
              { header: 'Onderdeel', weight: 25 },
              { header: 'Datum', weight: 19 },
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
  ];
}

/**
 * The sections of a re-integratieverslag. Variant `volledig`: a cover sheet (administrative
 * data; the employment, contact details, eigenrisicodrager status and nature of the business
 * UWV asks with a WIA application; skills), a table of contents (a Word TOC field that Word
 * refreshes on opening, written out with page references so that other programs show it too),
 * an index of all parts (kind, date, author name and function, inline or attached), every part
 * written with this library rendered inline on its own pages with the same section builders as
 * the documents themselves (their signatures as the record of who signed when), the
 * eindevaluatie (with current work and earnings and the employer's view of the result) and the
 * oordeel van de werknemer numbered after the parts, and the list of attachments last. Variant
 * `verkort`: administrative data, the current status, the index when parts are listed, and the
 * employee's view. The *Medische informatie* part is never in it.
 *
 * @param riv - The resolved re-integratieverslag.
 * @param ctx - The theme (parts get heading level 2 below their own level-1 title).
 * @returns The paragraphs and tables after the document's title.
 * @example
 * ```ts
 * const children = reIntegratieverslagSections(verslag, { theme: defaultTheme, level: 1 });
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
      ...oordeelWerknemer(riv, ctx),
    ];
  }
  const n = riv.parts.length;
  return [
    heading('Voorblad', 1),
    administrativeDataTable(riv.case, theme, wiaApplicationGroups(riv.case, riv.skills)),
    heading('Inhoud', 1),
    new TableOfContents('Inhoud', { hyperlink: true, headingStyleRange: '1-1' }),
    heading('Onderdelen', 2),
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
    ...eindevaluatie(riv, ctx, n + 1),
    ...oordeelWerknemer(riv, ctx, n + 2),
    ...attachments(riv, ctx),
  ];
}
