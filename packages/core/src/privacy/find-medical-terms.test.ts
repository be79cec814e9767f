import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMedicalTerms } from './find-medical-terms.js';

/** Each hit as [class, matched text], to read the examples below at a glance. */
const found = (text: string) =>
  findMedicalTerms(text).map((hit) => [hit.termClass, text.slice(hit.start, hit.end)]);

describe('findMedicalTerms', () => {
  it('finds every class in the hostile limitations field, with positions', () => {
    const text =
      'Diagnose: hernia L4-L5, gebruikt oxycodon; depressie en burn-out volgens psychiater';
    expect(found(text)).toEqual([
      ['nature-or-cause', 'Diagnose'],
      ['diagnosis', 'hernia'],
      ['medication', 'oxycodon'],
      ['diagnosis', 'depressie'],
      ['diagnosis', 'burn-out'],
      ['treating-physician', 'psychiater'],
    ]);
    // "oxycodon" starts after "Diagnose: hernia L4-L5, gebruikt " (33 characters).
    expect(findMedicalTerms(text)[2]).toEqual({ termClass: 'medication', start: 33, end: 41 });
  });

  it.each([
    'Beperkt in tillen en dragen.',
    'Energetische beperkingen; de belastbaarheid neemt toe.',
    'Kan 4 uur per dag werken; geen zwaar fysiek werk.',
    'Werkhervatting en re-integratie na het arbeidsdeskundig onderzoek.',
    'De bedrijfsarts stelt de FML en de IZP op; de probleemanalyse volgt.',
    'Herstel verwacht; ziekmelding en verzuim zijn geregistreerd; spreekuur op 30 april.',
    'Operationeel planner bij een woningcoöperatie.',
    'De fusieoperatie en de vertrouwensbreuk zijn besproken.',
    'Werkt op arbeidstherapeutische basis; arbeidstherapie 2 uur per dag.',
    'Afhandelen van klachten van klanten; twee klantklachten opgelost.',
    'De aanvraag is in behandeling bij UWV.',
    'Opname van vakantiedagen in overleg.',
    'Sollicitatie als receptionist bij het ziekenhuis: afgewezen.',
    'Kennis van MS Office; cv’s verstuurd; datum tbc.',
    'Verzekering: de polis loopt door.',
    'Gesprek met Crispijn van HR.',
    'De werknemer wil dokteren aan het rooster.',
  ])('finds nothing in functional language: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each<[string, string[][]]>([
    // Compounds whose last part is a term, with and without hyphen.
    [
      'Rugklachten en nekpijn.',
      [
        ['complaint', 'Rugklachten'],
        ['complaint', 'nekpijn'],
      ],
    ],
    ['Na de knie-operatie.', [['treatment', 'knie-operatie']]],
    [
      'Kankeroperatie en spierscheur.',
      [
        ['treatment', 'Kankeroperatie'],
        ['diagnosis', 'spierscheur'],
      ],
    ],
    ['Heeft een sleutelbeenbreuk.', [['diagnosis', 'sleutelbeenbreuk']]],
    // Endings on words of at least five letters.
    [
      'Twee operaties en therapieën.',
      [
        ['treatment', 'operaties'],
        ['treatment', 'therapieën'],
      ],
    ],
    [
      'Psychotische klachten.',
      [
        ['diagnosis', 'Psychotische'],
        ['complaint', 'klachten'],
      ],
    ],
    // Case and diacritics do not matter.
    [
      'SUICIDAAL, suïcidale gedachten',
      [
        ['diagnosis', 'SUICIDAAL'],
        ['diagnosis', 'suïcidale'],
      ],
    ],
    // Phrases of several words.
    ['Ziekte van Crohn.', [['diagnosis', 'Ziekte van Crohn']]],
    ['Hij ligt in het ziekenhuis.', [['treating-physician', 'ligt in het ziekenhuis']]],
    ['Medische informatie', [['nature-or-cause', 'Medische informatie']]],
    // English.
    [
      'Diagnosed with depression.',
      [
        ['nature-or-cause', 'Diagnosed'],
        ['diagnosis', 'depression'],
      ],
    ],
  ])('finds %s', (text, hits) => {
    expect(found(text)).toEqual(hits);
  });

  it('takes a word before a part of the body only when the part has at least four letters', () => {
    // "linkerknie" ends in "knie" (4 letters); "linkerarm" is not read as "arm" (3 letters), so
    // that "door" is never "oor": a known gap of the compound rule.
    expect(found('Linkerknieoperatie, linkerarmbreuk, doorscheuren')).toEqual([
      ['treatment', 'Linkerknieoperatie'],
    ]);
  });

  it('never matches inside a word', () => {
    // "operationeel" is no "operatie", "pijnpunt" no "pijn", "therapeutisch" (as in "op
    // therapeutische basis") no "therapie": a term is a whole word or the last part of one.
    expect(found('operationeel, chemokar, pijnpunt, therapeutisch')).toEqual([]);
    // "therapietrouw" (keeping to a treatment) is medical, so it is a term of its own.
    expect(found('therapietrouw')).toEqual([['treatment', 'therapietrouw']]);
  });

  it('returns hits in order, inside the text and without overlap, for any text', () => {
    const medicalish = fc.constantFrom(
      'burn-out',
      'Rugklachten',
      'ziekte van Crohn',
      'knieoperatie',
      'bedrijfsarts',
      'ziekenhuis',
      'ë',
      '-',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), medicalish)), (parts) => {
        const text = parts.join('');
        const hits = findMedicalTerms(text);
        hits.forEach((hit, i) => {
          expect(0 <= hit.start && hit.start < hit.end && hit.end <= text.length).toBe(true);
          const previous = hits[i - 1];
          if (previous !== undefined) expect(previous.end).toBeLessThanOrEqual(hit.start);
        });
      }),
      { numRuns: 2000 },
    );
  });
});
