/**
 * The Dutch name of each field of the content files, as a concept document names the field a
 * finding concerns ("Samenvatting probleemanalyse › Beperkingen" rather than
 * `functionalSummary.limitations`).
 *
 * @example
 * ```ts
 * FIELD_LABELS.functionalSummary; // 'Samenvatting probleemanalyse'
 * ```
 * @category Formatting
 */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  activities: 'Activiteiten',
  activitiesHeld: 'Uitgevoerde activiteiten',
  address: 'Adres',
  adjustments: 'Aanpassingen',
  advice: 'Advies',
  adviser: 'Loopbaanadviseur',
  agreement: 'Afspraak',
  agreementsKept: 'Nakoming van de afspraken',
  agreesWithEindevaluatie: 'Eens met de eindevaluatie',
  ambitions: 'Ambities',
  applications: 'Sollicitaties',
  approach: 'Aanpak',
  arbeidsdeskundigAdvice: 'Arbeidsdeskundig advies',
  asOf: 'Peildatum',
  attachment: 'Bijlage',
  authors: 'Opgesteld door',
  bedrijfsarts: 'Bedrijfsarts',
  bsn: 'BSN',
  byWhen: 'Uiterlijk',
  capacityAssessmentDate: 'Datum laatste beoordeling belastbaarheid',
  case: 'Dossier',
  casemanager: 'Casemanager',
  changes: 'Wijzigingen',
  changesPlan: 'Bijgesteld plan van aanpak',
  contactAgreements: 'Contactafspraken',
  contactPerson: 'Contactpersoon',
  contentFile: 'Bestand',
  contractType: 'Soort contract',
  cooperation: 'Medewerking',
  copiesTo: 'Afschrift aan',
  currentStatus: 'Huidige stand van zaken',
  currentWork: 'Huidig werk en loon',
  date: 'Datum',
  dateOfBirth: 'Geboortedatum',
  decision: 'Besluit',
  education: 'Opleiding',
  eigenrisicodrager: 'Eigenrisicodrager',
  eindevaluatie: 'Eindevaluatie',
  employee: 'Werknemer',
  employeeAgreement: 'Instemming van de werknemer',
  employeeView: 'Visie van de werknemer',
  employer: 'Werkgever',
  employment: 'Dienstverband',
  endGoal: 'Einddoel',
  evaluationMoments: 'Evaluatiemomenten',
  expectedCourse: 'Verwacht verloop',
  expectedDuration: 'Verwachte duur',
  function: 'Functie',
  functionalSummary: 'Samenvatting probleemanalyse',
  functions: 'Functies',
  goal: 'Doel',
  goalsReached: 'Bereikte doelen',
  goalStatus: 'Stand van zaken per doel',
  hoursPerWeek: 'Uren per week',
  intakeDate: 'Intake',
  intensity: 'Intensiteit',
  intermediateGoal: 'Tussendoel',
  intermediateGoals: 'Tussendoelen',
  interventions: 'Interventies',
  kind: 'Soort',
  limitations: 'Beperkingen',
  lookAhead: 'Vooruitblik',
  lookBack: 'Terugblik',
  loonheffingennummer: 'Loonheffingennummer',
  motivation: 'Motivering',
  name: 'Naam',
  natureOfBusiness: 'Aard van het bedrijf',
  nextEvaluationDate: 'Volgende evaluatie',
  nextPeriodPlan: 'Plan voor de volgende periode',
  nonPlacementReasons: 'Redenen geen plaatsing',
  obstacles: 'Belemmeringen',
  oordeelWerknemer: 'Oordeel van de werknemer',
  opbouwschema: 'Opbouwschema',
  organisation: 'Organisatie',
  participants: 'Deelnemers',
  parts: 'Onderdelen',
  period: 'Periode',
  persoonsprofiel: 'Persoonsprofiel',
  phases: 'Fasen',
  planChanges: 'Bijgesteld plan van aanpak',
  possibilities: 'Mogelijkheden',
  previousAgreements: 'Afspraken uit de vorige evaluatie',
  probleemanalyseDate: 'Datum probleemanalyse',
  provider: 'Re-integratiebedrijf',
  referralDate: 'Aanmelding',
  reportingMoments: 'Rapportagemomenten',
  result: 'Resultaat',
  resultSufficient: 'Oordeel over het re-integratieresultaat',
  resultYear2: 'Beoogd resultaat',
  signatures: 'Ondertekening',
  skills: 'Vaardigheden',
  spoor2Decision: 'Besluit over spoor 2',
  startDate: 'Startdatum',
  stateOfReintegration: 'Stand van de re-integratie',
  suitableWorkAtEmployer: 'Passend werk bij de werkgever',
  summary: 'Samenvatting',
  totals: 'Totalen',
  trajectory: 'Traject',
  view: 'Oordeel',
  what: 'Wat',
  workingRelationship: 'Arbeidsverhouding',
  workExperience: 'Werkervaring',
  workPattern: 'Werkpatroon',
  zoekprofiel: 'Zoekprofiel',
};

/**
 * The Dutch name of a content path, for a reader: field names from {@link FIELD_LABELS} and
 * list positions counted from 1, joined with "›". A path with a field that has no Dutch name
 * gives `undefined` (a document never shows an English field name).
 *
 * @param path - The path of a finding, such as `['functionalSummary', 'limitations']`.
 * @returns The Dutch text, or `undefined`.
 * @example
 * ```ts
 * fieldPathLabel(['activities', 2, 'goal']); // 'Activiteiten nr. 3 › Doel'
 * ```
 * @category Formatting
 */
export function fieldPathLabel(path: readonly (string | number)[]): string | undefined {
  const words: string[] = [];
  for (const key of path) {
    if (typeof key === 'number') {
      if (words.length === 0) return undefined;
      words[words.length - 1] += ` nr. ${key + 1}`;
      continue;
    }
    const label = FIELD_LABELS[key];
    if (label === undefined) return undefined;
    words.push(label);
  }
  return words.length ? words.join(' › ') : undefined;
}
