import { readFileSync } from 'node:fs';

/**
 * The case file of {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#1-case-file | docs/contract.md §1} with its placeholders filled in with real, fictional values:
 * every field of the case file is present. For tests.
 *
 * @returns A fresh copy, so a test may change it.
 * @example
 * ```ts
 * const input = fullCase();
 * input.sickPeriods.push({ start: '2025-02-01' });
 * ```
 * @category Testing
 */
export function fullCase() {
  return {
    externalRef: 'HR-2025-0042',
    groups: { afdeling: 'Logistiek' },
    employee: {
      name: 'Anna de Vries',
      dateOfBirth: '1988-05-14',
      bsn: '123456782',
      address: 'Stationsstraat 1, 3511 AB Utrecht',
      function: 'Orderpicker',
      hoursPerWeek: 38,
      aowDate: null,
    },
    employer: {
      name: 'Voorbeeld Logistiek B.V.',
      address: 'Industrieweg 12, 3542 AD Utrecht',
      loonheffingennummer: '001234567L01',
      natureOfBusiness: 'Groothandel en distributie',
    },
    bedrijfsarts: { name: 'M. Jansen', organisation: 'Arbodienst Voorbeeld' },
    casemanager: {
      name: 'Petra Bakker',
      function: 'HR-adviseur',
      email: 'p.bakker@voorbeeld-logistiek.example',
      phone: '030 123 45 67',
    },
    sickPeriods: [{ start: '2025-01-06', end: '2025-03-01' }, { start: '2025-03-20' }] as {
      start: string;
      end?: string | null;
    }[],
    leavePeriods: [
      {
        kind: 'zwangerschaps-en-bevallingsverlof' as const,
        start: '2024-06-01',
        end: '2024-09-20',
        sameCause: true,
      },
    ],
    events: [
      { type: 'probleemanalyse', date: '2025-02-14' },
      {
        type: 'evaluatie',
        date: '2025-04-20',
        motivation: 'Later door vakantie van de werknemer.',
      },
    ] as Record<string, unknown>[],
    options: {
      probleemanalyseDeadline: 'week-6',
      processDeadlines: 'sick-days',
      leaveAndGaps: 'statute',
      wiaInformatiebrief: 'week-88',
      startSpoor2: 'werkwijzer',
      vervroegdeIvaWindowStart: 'after-3-weeks',
      weekendDeadlines: 'unchanged',
      workingDays: { base: 'atw', nonWorkingDays: ['2025-05-30'] },
      dueSoonDays: 14,
    },
  };
}

/**
 * The repository's example case file (`examples/case.json`), parsed from JSON. For tests.
 *
 * @returns The parsed JSON.
 * @example
 * ```ts
 * parseCase(exampleCase()).success; // true
 * ```
 * @category Testing
 */
export function exampleCase(): unknown {
  return JSON.parse(
    readFileSync(new URL('../../../../examples/case.json', import.meta.url), 'utf8'),
  );
}
