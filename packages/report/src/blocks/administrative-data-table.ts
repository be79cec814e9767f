import { firstSickDay, formatDate } from '@poortwachter/core';
import type { Case } from '@poortwachter/schema';
import type { Table } from 'docx';
import { formatNumber } from '../format/format-number.js';
import type { Theme } from '../theme/theme.js';
import { type FieldGroup, fieldsTable } from './fields-table.js';

/**
 * What an internal copy shows in place of the BSN (`RenderOptions.omitBsn`).
 *
 * @example
 * ```ts
 * const bsnCell = INTERNAL_COPY; // 'Interne kopie, zonder BSN'
 * ```
 * @category Blocks
 */
export const INTERNAL_COPY = 'Interne kopie, zonder BSN';

const date = (value: string | null | undefined): string | undefined =>
  value ? formatDate(value) : undefined;
const joined = (...parts: (string | undefined)[]): string | undefined =>
  parts.filter(Boolean).join(' · ') || undefined;

/**
 * The administrative data every document of the dossier starts with, from the case: the
 * employee (name, address, BSN, date of birth, function, hours), the employer (name, address,
 * loonheffingennummer), the bedrijfsarts or arbodienst, the casemanager (name, function,
 * contact) and the first sick day, plus any groups a document adds (such as the
 * re-integratieverslag's nature of the business and skills).
 *
 * @param caseData - The case the document belongs to.
 * @param theme - Colours of the table.
 * @param extra - Further groups of labelled values, after the case's own.
 * @param options - `omitBsn` writes {@link INTERNAL_COPY} in place of the BSN.
 * @returns The table.
 * @example
 * ```ts
 * administrativeDataTable(planVanAanpak.case, defaultTheme, [{ title: 'Werk en bedrijf', fields: [['Aard van het bedrijf', 'Groothandel']] }]);
 * ```
 * @see Regeling procesgang eerste en tweede ziektejaar art. 4; UWV form "Plan van aanpak"
 * @category Blocks
 */
export function administrativeDataTable(
  caseData: Case,
  theme: Theme,
  extra: readonly FieldGroup[] = [],
  options: { omitBsn?: boolean | undefined } = {},
): Table {
  const { employee = {}, employer = {}, bedrijfsarts = {}, casemanager = {} } = caseData;
  return fieldsTable(
    [
      {
        title: 'Werknemer',
        fields: [
          ['Naam', employee.name],
          ['Adres', employee.address],
          ['BSN', options.omitBsn ? INTERNAL_COPY : employee.bsn],
          ['Geboortedatum', date(employee.dateOfBirth)],
          ['Functie', employee.function],
          [
            'Uren per week',
            employee.hoursPerWeek === undefined ? undefined : formatNumber(employee.hoursPerWeek),
          ],
        ],
      },
      {
        title: 'Werkgever',
        fields: [
          ['Naam', employer.name],
          ['Adres', employer.address],
          ['Loonheffingennummer', employer.loonheffingennummer],
        ],
      },
      {
        title: 'Bedrijfsarts / arbodienst',
        fields: [['Naam', joined(bedrijfsarts.name, bedrijfsarts.organisation)]],
      },
      {
        title: 'Casemanager',
        fields: [
          ['Naam', casemanager.name],
          ['Functie', casemanager.function],
          ['Contact', joined(casemanager.email, casemanager.phone)],
        ],
      },
      { title: 'Verzuim', fields: [['Eerste ziektedag', date(firstSickDay(caseData))]] },
      ...extra,
    ],
    theme,
  );
}
