import { SPOOR2_FIELDS } from '../spoor2/spoor2-fields.js';

/**
 * The keys an object of the case file may have, as data: `'value'` for a field whose value is
 * not an object, `'record'` for free-form string keys (`groups`), `'options'` for the rule options
 * (checked against the option table), an object for a nested object, and a one-element array for
 * a list of such objects.
 *
 * @example
 * ```ts
 * const period: FieldSpec = { start: 'value', end: 'value' };
 * const periods: FieldSpec = [period];
 * ```
 * @category Case file
 */
export type FieldSpec =
  | 'value'
  | 'record'
  | 'options'
  | { readonly [key: string]: FieldSpec }
  | readonly [FieldSpec];

/**
 * The keys of every object of the case file ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#1-case-file | docs/contract.md, "Case file"}). Core rejects any
 * other key with `field/unknown`, as `@poortwachter/schema` does, so no object has a place for a
 * diagnosis or other medical detail, whichever package reads the case first. A test in
 * `@poortwachter/schema` keeps this list equal to the schema's strict objects.
 *
 * @example
 * ```ts
 * Object.keys(CASE_FILE_FIELDS.employee); // ['name', 'dateOfBirth', 'bsn', 'address', 'function', 'hoursPerWeek', 'email', 'phone', 'employment', 'aowDate']
 * ```
 * @category Case file
 */
export const CASE_FILE_FIELDS = {
  $schema: 'value',
  externalRef: 'value',
  groups: 'record',
  employee: {
    name: 'value',
    dateOfBirth: 'value',
    bsn: 'value',
    address: 'value',
    function: 'value',
    hoursPerWeek: 'value',
    email: 'value',
    phone: 'value',
    employment: {
      startDate: 'value',
      contractType: 'value',
      endDate: 'value',
      workPattern: 'value',
    },
    aowDate: 'value',
  },
  employer: {
    name: 'value',
    address: 'value',
    loonheffingennummer: 'value',
    natureOfBusiness: 'value',
    contactPerson: { name: 'value', function: 'value', email: 'value', phone: 'value' },
    eigenrisicodrager: { wga: 'value', zw: 'value' },
  },
  bedrijfsarts: { name: 'value', organisation: 'value' },
  casemanager: { name: 'value', function: 'value', email: 'value', phone: 'value' },
  sickPeriods: [{ start: 'value', end: 'value' }],
  leavePeriods: [{ kind: 'value', start: 'value', end: 'value', sameCause: 'value' }],
  events: [{ type: 'value', date: 'value', motivation: 'value', ground: 'value', weeks: 'value' }],
  options: 'options',
  spoor2: SPOOR2_FIELDS,
} as const satisfies { readonly [key: string]: FieldSpec };
