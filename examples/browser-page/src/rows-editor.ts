import { h } from './dom.js';
import { DATE_PLACEHOLDER, dutchDate, isoDate } from './dutch-date.js';

/** One row of a list in the form: its values by column key. */
export type Row = Record<string, string | boolean>;

/** A column of a list: what it holds and how it is typed in. */
export interface Column {
  key: string;
  label: string;
  /** `date`: typed as dd-mm-jjjj, kept as `YYYY-MM-DD`. */
  type: 'date' | 'text' | 'number' | 'select' | 'checkbox';
  /** The choices of a `select`: value and Dutch label. */
  options?: readonly (readonly [value: string, label: string])[];
  /** Shown only for rows where this holds (other rows leave the cell empty). */
  when?: (row: Row) => boolean;
  placeholder?: string;
  /** The key of this value in the data, when it differs from `key` (for error paths). */
  path?: string;
}

/** A list in the form: a table of rows with an "add" and a "remove" button per row. */
export interface RowsEditor {
  element: HTMLElement;
  rows: () => Row[];
  setRows: (rows: Row[]) => void;
}

/**
 * A table in which the user adds, edits and removes rows, such as the sick periods. Every input
 * carries `data-path` (e.g. `sickPeriods.0.start`) so that a problem the schema reports for that
 * path can be shown next to it, and `data-label` (e.g. "Ziekteperiode 1, eerste ziektedag") to
 * name it in Dutch.
 *
 * @param options - The list's name in the data (`path`), its columns, the noun of one row, the
 *   label of the add button, a new row, and what to call on every change.
 * @returns The editor.
 */
export function rowsEditor(options: {
  path: string;
  noun: string;
  columns: readonly Column[];
  addLabel: string;
  newRow: () => Row;
  onChange: () => void;
}): RowsEditor {
  const { path, noun, columns, onChange } = options;
  let rows: Row[] = [];
  const head = h('thead');
  const body = h('tbody');
  const table = h('table', { class: 'rows', 'data-list': path }, head, body);

  const input = (row: Row, index: number, column: Column): HTMLElement => {
    const attributes = {
      'data-path': `${path}.${index}.${column.path ?? column.key}`,
      'data-label': `${noun} ${index + 1}, ${column.label.toLowerCase()}`,
      'aria-label': `${noun} ${index + 1}, ${column.label.toLowerCase()}`,
      name: `${path}-${index}-${column.key}`,
    };
    if (column.type === 'select') {
      const select = h(
        'select',
        attributes,
        // An empty choice until one is made, so that a required one left open is reported.
        (column.options ?? []).some(([value]) => value === row[column.key])
          ? null
          : h('option', { value: '', selected: true }, '— kies —'),
        ...(column.options ?? []).map(([value, label]) =>
          h('option', { value, selected: row[column.key] === value }, label),
        ),
      );
      // A choice may show or hide other cells of the row (the weeks of a loonsanctie).
      select.addEventListener('change', () => {
        row[column.key] = select.value;
        render();
        onChange();
      });
      return select;
    }
    if (column.type === 'checkbox') {
      const box = h('input', {
        ...attributes,
        type: 'checkbox',
        checked: row[column.key] === true,
      });
      box.addEventListener('change', () => {
        row[column.key] = box.checked;
        onChange();
      });
      return box;
    }
    // Dates are typed in Dutch order and kept as YYYY-MM-DD (see dutch-date.ts).
    const date = column.type === 'date';
    const field = h('input', {
      ...attributes,
      type: date ? 'text' : column.type,
      class: date ? 'date' : undefined,
      value: date ? dutchDate(String(row[column.key] ?? '')) : String(row[column.key] ?? ''),
      placeholder: date ? DATE_PLACEHOLDER : column.placeholder,
      min: column.type === 'number' ? 1 : undefined,
    });
    field.addEventListener('input', () => {
      row[column.key] = date ? isoDate(field.value) : field.value;
      onChange();
    });
    return field;
  };

  /** Renders the rows; a column that no row shows (the weeks, without a loonsanctie) is left out. */
  function render(): void {
    const shown = columns.filter((c) => !c.when || rows.some(c.when));
    head.replaceChildren(h('tr', {}, ...shown.map((c) => h('th', {}, c.label)), h('th')));
    body.replaceChildren(
      ...rows.map((row, index) => {
        const remove = h(
          'button',
          { type: 'button', class: 'remove', 'aria-label': `${noun} ${index + 1} verwijderen` },
          '×',
        );
        remove.addEventListener('click', () => {
          rows.splice(index, 1);
          render();
          onChange();
        });
        return h(
          'tr',
          {},
          ...shown.map((c) => h('td', {}, !c.when || c.when(row) ? input(row, index, c) : '')),
          h('td', {}, remove),
        );
      }),
    );
  }

  const add = h('button', { type: 'button', class: 'add', 'data-add': path }, options.addLabel);
  add.addEventListener('click', () => {
    rows.push(options.newRow());
    render();
    onChange();
  });

  return {
    element: h('div', { class: 'list' }, table, add),
    rows: () => rows,
    setRows: (next) => {
      rows = next.map((r) => ({ ...r }));
      render();
    },
  };
}
