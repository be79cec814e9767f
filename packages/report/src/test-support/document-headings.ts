/** The text of every title and heading paragraph of a `word/document.xml`, in order, for tests. */
export function documentHeadings(xml: string): string[] {
  return (
    xml.match(
      /<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="(?:Title|Heading[1-3])"\/>[\s\S]*?<\/w:p>/g,
    ) ?? []
  ).map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''));
}

/** The headings every fixture document must show, by kind, in this order (a part's number may vary). */
export const EXPECTED_HEADINGS: Record<string, (string | RegExp)[]> = {
  'plan-van-aanpak': [
    'Plan van aanpak',
    'Gegevens',
    'Probleemanalyse',
    'Beperkingen',
    'Mogelijkheden',
    'Doel',
    'Tussendoelen',
    'Activiteiten en stappen',
    'Opbouwschema',
    'Interventies',
    'Aanpassingen',
    'Contactafspraken',
    'Evaluatiemomenten',
    'Instemming van de werknemer',
    'Ondertekening',
  ],
  bijstelling: [
    'Bijstelling plan van aanpak',
    'Gegevens',
    'Bijgesteld plan',
    'Deelnemers',
    'Afspraken uit de vorige evaluatie',
    'Stand van zaken per doel',
    'Wijzigingen in het plan van aanpak',
    'Activiteiten voor de komende periode',
    'Volgende evaluatie',
    'Ondertekening',
  ],
  eerstejaarsevaluatie: [
    'Eerstejaarsevaluatie',
    'Gegevens',
    'Terugblik op het eerste ziektejaar',
    'Visie van de werknemer',
    'Vooruitblik op het tweede ziektejaar',
    'Besluit over spoor 2',
    'Arbeidsdeskundig advies',
    'Bijgesteld plan van aanpak',
    'Volgende evaluatie',
    'Ondertekening',
  ],
  'spoor-2-trajectplan': [
    'Trajectplan spoor 2',
    'Gegevens',
    'Trajectgegevens',
    'Trajectdoel',
    'Persoonsprofiel',
    'Zoekprofiel',
    'Geplande activiteiten per fase',
    'Intensiteit',
    'Rapportagemomenten',
    'Verklaring van afkortingen',
    'Ondertekening',
  ],
  'spoor-2-voortgang': [
    /^Voortgangsrapportage \d+$/,
    'Gegevens',
    'Rapportageperiode',
    'Activiteiten in de periode',
    'Sollicitaties',
    'Totalen',
    'Scholing en werkervaring',
    'Belemmeringen en medewerking',
    'Wijzigingen in het zoekprofiel',
    'Plan voor de volgende periode',
    'Ondertekening',
    'Visie van de werknemer',
    'Ondertekening door de werknemer',
  ],
  'spoor-2-eindrapportage': [
    'Eindrapportage spoor 2',
    'Gegevens',
    'Verloop van het traject',
    'Resultaat',
    'Redenen waarom plaatsing niet lukte',
    'Totalen',
    'Activiteiten per soort en vorm',
    'Sollicitaties',
    'Advies',
    'Visie van de werknemer',
    'Ondertekening',
  ],
  're-integratieverslag': [
    'Re-integratieverslag',
    'Voorblad',
    'Inhoud',
    'Onderdelen',
    /^\d+\. Plan van aanpak$/,
    'Probleemanalyse',
    'Instemming van de werknemer',
    /^\d+\. Bijstelling plan van aanpak$/,
    /^\d+\. Eerstejaarsevaluatie$/,
    /^\d+\. Trajectplan spoor 2$/,
    /^\d+\. Voortgangsrapportage \d+$/,
    /^\d+\. Eindrapportage spoor 2$/,
    /^\d+\. Eindevaluatie$/,
    'Huidig werk en loon',
    'Oordeel van de werkgever',
    'Ondertekening',
    /^\d+\. Oordeel van de werknemer$/,
    'Ondertekening',
    'Bijlagen',
  ],
  dossieroverzicht: [
    'Dossieroverzicht',
    'Stand van zaken',
    'Notities',
    'Tijdlijn',
    'Mijlpalen',
    'Openstaande bevindingen',
  ],
};

/** Whether `expected` occurs in `actual` in the same order (other items may come between). */
export function inOrder(
  actual: readonly string[],
  expected: readonly (string | RegExp)[],
): boolean {
  let i = 0;
  for (const item of actual) {
    const want = expected[i];
    if (want !== undefined && (typeof want === 'string' ? item === want : want.test(item))) i++;
  }
  return i === expected.length;
}
