import { CASE_EVENT_TYPES, SPOOR2_SKIP_GROUNDS } from '@poortwachter/core';
import type { Case } from '@poortwachter/schema';
import { h } from './dom.js';
import { DATE_PLACEHOLDER, dutchDate, isoDate } from './dutch-date.js';
import { type Row, rowsEditor } from './rows-editor.js';

/** The single fields of the case, by their dotted path in the case file. */
const FIELDS = [
  ['externalRef', 'Dossiernummer', 'text'],
  ['employee.name', 'Naam werknemer', 'text'],
  ['employee.bsn', 'BSN', 'text'],
  ['employee.dateOfBirth', 'Geboortedatum', 'date'],
  ['employee.address', 'Adres werknemer', 'text'],
  ['employee.function', 'Functie', 'text'],
  ['employee.hoursPerWeek', 'Uren per week', 'number'],
  ['employer.name', 'Werkgever', 'text'],
  ['employer.address', 'Adres werkgever', 'text'],
  ['employer.loonheffingennummer', 'Loonheffingennummer', 'text'],
  ['employer.natureOfBusiness', 'Aard van het bedrijf', 'text'],
  ['bedrijfsarts.name', 'Bedrijfsarts', 'text'],
  ['bedrijfsarts.organisation', 'Arbodienst', 'text'],
  ['casemanager.name', 'Casemanager', 'text'],
  ['casemanager.function', 'Functie casemanager', 'text'],
  ['casemanager.email', 'E-mail casemanager', 'email'],
  ['casemanager.phone', 'Telefoon casemanager', 'tel'],
] as const;

const requires = (type: unknown, field: 'ground' | 'weeks') =>
  CASE_EVENT_TYPES.some(
    (e) => e.type === type && (e.requires as readonly string[]).includes(field),
  );

/** Sets `value` at a dotted path of `target`, making the objects on the way. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  let node = target;
  for (const key of keys) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[last] = value;
}

/** The value at a dotted path of a case, as text for an input. */
function getPath(source: unknown, path: string): string {
  const value = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], source);
  return value === undefined || value === null ? '' : String(value);
}

/** The text of a row's cell, or `undefined` when it is empty (so that the key is left out). */
const text = (row: Row, key: string) => {
  const value = String(row[key] ?? '').trim();
  return value === '' ? undefined : value;
};

/** The form in which a casemanager enters a case, and reads it back as a case file. */
export interface CaseForm {
  element: HTMLElement;
  /** The case as the form has it, for `parseCase` (empty fields are left out). */
  read: () => unknown;
  write: (data: Case) => void;
}

/**
 * The case form: sick periods, leave and events as lists, the people as single fields (for the
 * documents). Dates are typed in date fields, choices picked from lists: nobody types JSON.
 *
 * @param onChange - Called on every change.
 * @returns The form.
 */
export function caseForm(onChange: () => void): CaseForm {
  const sick = rowsEditor({
    path: 'sickPeriods',
    noun: 'Ziekteperiode',
    addLabel: '+ Ziekteperiode',
    columns: [
      { key: 'start', label: 'Eerste ziektedag', type: 'date' },
      { key: 'end', label: 'Laatste ziektedag (leeg: nog ziek)', type: 'date' },
    ],
    newRow: () => ({ start: '', end: '' }),
    onChange,
  });
  const leave = rowsEditor({
    path: 'leavePeriods',
    noun: 'Verlof',
    addLabel: '+ Zwangerschaps- en bevallingsverlof',
    columns: [
      { key: 'start', label: 'Eerste verlofdag', type: 'date' },
      { key: 'end', label: 'Laatste verlofdag', type: 'date' },
      { key: 'sameCause', label: 'Ziekte daarna door dezelfde oorzaak', type: 'checkbox' },
    ],
    newRow: () => ({ start: '', end: '', sameCause: true }),
    onChange,
  });
  const events = rowsEditor({
    path: 'events',
    noun: 'Gebeurtenis',
    addLabel: '+ Gebeurtenis',
    columns: [
      {
        key: 'type',
        label: 'Soort',
        type: 'select',
        options: CASE_EVENT_TYPES.map((e) => [e.type, e.label.nl] as const),
      },
      { key: 'date', label: 'Datum', type: 'date' },
      {
        key: 'ground',
        label: 'Grond',
        type: 'select',
        options: SPOOR2_SKIP_GROUNDS.map((g) => [g.ground, g.label.nl] as const),
        when: (row) => requires(row.type, 'ground'),
      },
      {
        key: 'weeks',
        label: 'Weken',
        type: 'number',
        when: (row) => requires(row.type, 'weeks'),
      },
      {
        key: 'motivation',
        label: 'Motivering',
        type: 'text',
        placeholder: 'Waarom later, of waarom geen spoor 2',
      },
    ],
    newRow: () => ({ type: 'probleemanalyse', date: '', ground: '', weeks: '', motivation: '' }),
    onChange,
  });

  const fields = FIELDS.map(([path, label, type]) => {
    const input = h('input', {
      type: type === 'date' ? 'text' : type,
      class: type === 'date' ? 'date' : undefined,
      placeholder: type === 'date' ? DATE_PLACEHOLDER : undefined,
      'data-path': path,
      'data-label': label,
      name: path,
    });
    input.addEventListener('input', onChange);
    return { path, type, input, element: h('label', {}, h('span', {}, label), input) };
  });

  const element = h(
    'div',
    { class: 'case-form' },
    h('h3', {}, 'Ziekteperioden'),
    h(
      'p',
      { class: 'hint' },
      'Vul de laatste ziektedag in, niet de dag van herstel: wie op maandag weer volledig werkt, was tot en met zondag ziek. Gedeeltelijk werken is nog ziek.',
    ),
    sick.element,
    h('h3', {}, 'Verlof'),
    leave.element,
    h('h3', {}, 'Gebeurtenissen'),
    events.element,
    h(
      'details',
      { class: 'people' },
      h('summary', {}, 'Gegevens van werknemer, werkgever en betrokkenen (voor de documenten)'),
      h('div', { class: 'fields' }, ...fields.map((f) => f.element)),
    ),
  );

  return {
    element,
    read: () => {
      const raw: Record<string, unknown> = {};
      for (const { path, type, input } of fields) {
        const value = input.value.trim();
        if (value !== '')
          setPath(
            raw,
            path,
            type === 'number' ? Number(value) : type === 'date' ? isoDate(value) : value,
          );
      }
      raw.sickPeriods = sick.rows().map((r) => ({ start: text(r, 'start'), end: text(r, 'end') }));
      if (leave.rows().length > 0)
        raw.leavePeriods = leave.rows().map((r) => ({
          kind: 'zwangerschaps-en-bevallingsverlof',
          start: text(r, 'start'),
          end: text(r, 'end'),
          sameCause: r.sameCause === true,
        }));
      raw.events = events.rows().map((r) => ({
        type: r.type,
        date: text(r, 'date'),
        motivation: text(r, 'motivation'),
        ground: requires(r.type, 'ground') ? text(r, 'ground') : undefined,
        weeks: requires(r.type, 'weeks') && text(r, 'weeks') ? Number(r.weeks) : undefined,
      }));
      return JSON.parse(JSON.stringify(raw));
    },
    write: (data) => {
      for (const { path, type, input } of fields)
        input.value = type === 'date' ? dutchDate(getPath(data, path)) : getPath(data, path);
      sick.setRows(data.sickPeriods.map((p) => ({ start: p.start, end: p.end ?? '' })));
      leave.setRows(
        (data.leavePeriods ?? []).map((p) => ({
          start: p.start,
          end: p.end,
          sameCause: p.sameCause !== false,
        })),
      );
      events.setRows(
        (data.events ?? []).map((e) => ({
          type: e.type,
          date: e.date,
          ground: 'ground' in e ? e.ground : '',
          weeks: 'weeks' in e ? String(e.weeks) : '',
          motivation: e.motivation ?? '',
        })),
      );
    },
  };
}
