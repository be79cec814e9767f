import { formatDate, type Timeline } from '@poortwachter/core';
import { LABELS } from '@poortwachter/report/blocks';
import type { Case } from '@poortwachter/schema';
import { h } from './dom.js';
import { DATE_PLACEHOLDER, dutchDate, isoDate } from './dutch-date.js';
import { type Row, rowsEditor } from './rows-editor.js';

const PARTIES = Object.entries(LABELS.party);

/** The single fields of the plan, by their key in the form. */
const FIELDS = [
  ['date', 'Datum van het plan', 'date'],
  ['probleemanalyseDate', 'Datum probleemanalyse', 'date'],
  ['limitations', 'Beperkingen (één per regel, functioneel: geen diagnose)', 'lines'],
  ['possibilities', 'Mogelijkheden (één per regel)', 'lines'],
  ['expectedCourse', 'Verwacht verloop van de werkhervatting', 'textarea'],
  ['expectedDuration', 'Verwachte duur', 'text'],
  ['endGoal', 'Einddoel', 'select'],
  ['employerName', 'Ondertekening werkgever: naam', 'text'],
  ['employerFunction', 'Ondertekening werkgever: functie', 'text'],
  ['employerDate', 'Ondertekening werkgever: datum', 'date'],
  ['employeeDate', 'Ondertekening werknemer: datum', 'date'],
] as const;

type FieldKey = (typeof FIELDS)[number][0];

/** Where a field of the form lands in the content, for showing a problem next to it. */
const CONTENT_PATHS: Record<FieldKey, string> = {
  date: 'date',
  probleemanalyseDate: 'probleemanalyseDate',
  limitations: 'functionalSummary.limitations',
  possibilities: 'functionalSummary.possibilities',
  expectedCourse: 'functionalSummary.expectedCourse',
  expectedDuration: 'functionalSummary.expectedDuration',
  endGoal: 'endGoal',
  employerName: 'signatures.0.name',
  employerFunction: 'signatures.0.function',
  employerDate: 'signatures.0.date',
  employeeDate: 'signatures.1.date',
};

/** A plan van aanpak that fits the example case, to start from. */
const EXAMPLE: Record<FieldKey, string> = {
  date: '2025-02-26',
  probleemanalyseDate: '2025-02-14',
  limitations:
    'Niet tillen of dragen boven 10 kg.\nNiet langer dan 30 minuten achtereen staan of lopen.',
  possibilities:
    'Licht fysiek werk waarin zitten en staan elkaar afwisselen.\nAdministratieve en coördinerende taken in de expeditie.',
  expectedCourse:
    'De belastbaarheid neemt naar verwachting geleidelijk toe. De werknemer start in aangepast werk en bouwt de uren stap voor stap op.',
  expectedDuration: 'Naar verwachting 3 tot 6 maanden tot volledige hervatting.',
  endGoal: 'own-work',
  employerName: 'Marco Jansen',
  employerFunction: 'Directeur',
  employerDate: '2025-02-26',
  employeeDate: '2025-02-26',
};

const EXAMPLE_ACTIVITIES: Row[] = [
  {
    who: 'werkgever',
    what: 'Aangepaste werkplek inrichten (zit-stabureau, headset).',
    byWhen: '2025-03-07',
  },
  {
    who: 'werknemer',
    what: 'Start met aangepast werk volgens het opbouwschema.',
    byWhen: '2025-03-24',
  },
  {
    who: 'casemanager',
    what: 'Werkplekonderzoek aanvragen bij de arbodienst.',
    byWhen: '2025-03-31',
  },
];

const EXAMPLE_CONTACTS: Row[] = [
  {
    how: 'Telefonisch gesprek',
    frequency: 'Wekelijks, op maandagochtend',
    initiative: 'werkgever',
  },
  { how: 'Gesprek op locatie', frequency: 'Bij elke evaluatie', initiative: 'casemanager' },
];

const lines = (value: string) =>
  value
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());

/**
 * The evaluation moments of the plan, from the timeline: every evaluation due after the plan's
 * date in the first year, and the eerstejaarsevaluatie.
 */
function evaluationMoments(timeline: Timeline, planDate: string) {
  const eje = timeline.milestones.find((m) => m.id === 'eerstejaarsevaluatie');
  const evaluations = timeline.milestones.filter(
    (m) =>
      m.ruleId === 'evaluatie' &&
      m.due !== null &&
      m.due > planDate &&
      (!eje?.due || m.due < eje.due),
  );
  return [
    ...evaluations.map((m) => ({ date: m.due!, type: 'evaluatie' as const })),
    ...(eje?.due ? [{ date: eje.due, type: 'eerstejaarsevaluatie' as const }] : []),
  ];
}

/** The plan van aanpak form: reads back document content with the case inline. */
export interface PlanForm {
  element: HTMLElement;
  /** The content for `parseDocumentContent`, with the case and the timeline's evaluations. */
  read: (data: Case, timeline: Timeline) => unknown;
  /** Shows the evaluation moments that the plan will list. */
  showEvaluations: (timeline: Timeline) => void;
}

/**
 * The plan van aanpak form, filled with an example that fits the example case. The evaluation
 * moments are not typed: they follow from the timeline.
 *
 * @param onChange - Called on every change.
 * @returns The form.
 */
export function planForm(onChange: () => void): PlanForm {
  const activities = rowsEditor({
    path: 'activities',
    noun: 'Activiteit',
    addLabel: '+ Activiteit',
    columns: [
      { key: 'who', label: 'Wie', type: 'select', options: PARTIES },
      { key: 'what', label: 'Wat', type: 'text' },
      { key: 'byWhen', label: 'Uiterlijk', type: 'date' },
    ],
    newRow: () => ({ who: 'werknemer', what: '', byWhen: '' }),
    onChange,
  });
  const contacts = rowsEditor({
    path: 'contactAgreements',
    noun: 'Contactafspraak',
    addLabel: '+ Contactafspraak',
    columns: [
      { key: 'how', label: 'Hoe', type: 'text' },
      { key: 'frequency', label: 'Hoe vaak', type: 'text' },
      { key: 'initiative', label: 'Initiatief', type: 'select', options: PARTIES },
    ],
    newRow: () => ({ how: '', frequency: '', initiative: 'werkgever' }),
    onChange,
  });
  activities.setRows(EXAMPLE_ACTIVITIES);
  contacts.setRows(EXAMPLE_CONTACTS);

  const inputs = new Map<FieldKey, HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>();
  const fieldElements = FIELDS.map(([key, label, type]) => {
    const attributes = {
      'data-path': CONTENT_PATHS[key],
      'data-label': label,
      name: `plan-${key}`,
    };
    const input =
      type === 'select'
        ? h(
            'select',
            attributes,
            ...Object.entries(LABELS.endGoal).map(([value, text]) =>
              h('option', { value, selected: EXAMPLE[key] === value }, text),
            ),
          )
        : type === 'lines' || type === 'textarea'
          ? h('textarea', { ...attributes, rows: 3 })
          : type === 'date'
            ? h('input', {
                ...attributes,
                type: 'text',
                class: 'date',
                placeholder: DATE_PLACEHOLDER,
              })
            : h('input', { ...attributes, type });
    input.value = type === 'date' ? dutchDate(EXAMPLE[key]) : EXAMPLE[key];
    input.addEventListener('input', onChange);
    inputs.set(key, input);
    return h(
      'label',
      { class: type === 'lines' || type === 'textarea' ? 'wide' : '' },
      h('span', {}, label),
      input,
    );
  });
  /** A field's value; dates as `YYYY-MM-DD`. */
  const value = (key: FieldKey) => {
    const text = inputs.get(key)!.value;
    return FIELDS.some(([k, , type]) => k === key && type === 'date') ? isoDate(text) : text;
  };
  const evaluations = h('ul', { class: 'evaluations' });

  return {
    element: h(
      'div',
      { class: 'plan-form' },
      h('div', { class: 'fields' }, ...fieldElements),
      h('h4', {}, 'Activiteiten'),
      activities.element,
      h('h4', {}, 'Contactafspraken'),
      contacts.element,
      h('h4', {}, 'Evaluatiemomenten (uit de tijdlijn)'),
      evaluations,
    ),
    read: (data, timeline) => ({
      kind: 'plan-van-aanpak',
      case: data,
      date: value('date'),
      authors: data.casemanager?.name
        ? [{ name: data.casemanager.name, function: data.casemanager.function ?? 'Casemanager' }]
        : [],
      probleemanalyseDate: optional(value('probleemanalyseDate')),
      functionalSummary: {
        limitations: lines(value('limitations')),
        possibilities: lines(value('possibilities')),
        expectedCourse: optional(value('expectedCourse')),
        expectedDuration: optional(value('expectedDuration')),
      },
      endGoal: value('endGoal'),
      activities: activities.rows().map((r) => ({
        who: r.who,
        what: String(r.what).trim(),
        byWhen: optional(String(r.byWhen)),
      })),
      contactAgreements: contacts.rows().map((r) => ({
        how: String(r.how).trim(),
        frequency: String(r.frequency).trim(),
        initiative: r.initiative,
      })),
      evaluationMoments: evaluationMoments(timeline, value('date')),
      signatures: [
        {
          role: 'werkgever',
          name: value('employerName').trim(),
          function: value('employerFunction').trim(),
          date: optional(value('employerDate')),
        },
        { role: 'werknemer', date: optional(value('employeeDate')) },
      ],
      copiesTo: ['werknemer', 'casemanager', 'bedrijfsarts'],
    }),
    showEvaluations: (timeline) =>
      evaluations.replaceChildren(
        ...evaluationMoments(timeline, value('date')).map((m) =>
          h(
            'li',
            {},
            `${formatDate(m.date)}: ${m.type === 'evaluatie' ? 'evaluatie' : 'eerstejaarsevaluatie'}`,
          ),
        ),
      ),
  };
}
