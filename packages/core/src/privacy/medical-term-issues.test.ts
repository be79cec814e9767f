import { describe, expect, it } from 'vitest';
import { medicalTermIssues } from './medical-term-issues.js';
import { MEDICAL_TERMS_SOURCE } from './medical-terms.js';

describe('medicalTermIssues', () => {
  it('returns one error per field that names something medical, with its path', () => {
    const issues = medicalTermIssues([
      { path: ['functionalSummary', 'limitations', 0], text: 'Niet tillen boven 10 kg.' },
      { path: ['functionalSummary', 'limitations', 1], text: 'Gebruikt oxycodon.' },
      { path: ['notes'], text: 'Hernia; gebruikt oxycodon en gaat naar de fysio.' },
    ]);
    expect(issues).toEqual([
      {
        code: 'privacy/medical-term',
        severity: 'error',
        path: ['functionalSummary', 'limitations', 1],
        message: {
          nl: 'Dit veld bevat een medisch gegeven (medicatie); een werkgever mag dat niet vastleggen. Beschrijf alleen functionele beperkingen en mogelijkheden.',
          en: 'This field contains medical data (medication), which an employer may not record. Describe functional limitations and possibilities only.',
        },
        source: MEDICAL_TERMS_SOURCE,
      },
      {
        code: 'privacy/medical-term',
        severity: 'error',
        path: ['notes'],
        message: {
          nl: 'Dit veld bevat medische gegevens (diagnose of ziektebeeld, medicatie en behandeling); een werkgever mag die niet vastleggen. Beschrijf alleen functionele beperkingen en mogelijkheden.',
          en: 'This field contains medical data (diagnosis or condition, medication and treatment), which an employer may not record. Describe functional limitations and possibilities only.',
        },
        source: MEDICAL_TERMS_SOURCE,
      },
    ]);
  });

  it('never repeats the text or the term in its message', () => {
    const text =
      'Diagnose: hernia L4-L5, gebruikt oxycodon; depressie en burn-out volgens psychiater';
    const [issue] = medicalTermIssues([{ path: ['x'], text }]);
    for (const message of [issue?.message.nl, issue?.message.en]) {
      for (const word of ['hernia', 'L4', 'oxycodon', 'depressie', 'burn-out', 'psychiater'])
        expect(message?.toLowerCase()).not.toContain(word.toLowerCase());
    }
  });

  it('returns nothing for functional text', () => {
    expect(
      medicalTermIssues([{ path: ['a'], text: 'Kan 4 uur per dag werken; beperkt in tillen.' }]),
    ).toEqual([]);
  });
});
