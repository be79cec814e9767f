import { describe, expect, it } from 'vitest';
import { renderDocument } from '../render/render-document.js';
import { docxParts } from '../test-support/docx-parts.js';
import { readDossierJson, resolveFixture } from '../test-support/fixture-dossier.js';
import { FIXTURE_AS_OF, renderedFixture } from '../test-support/rendered-fixture.js';
import { defaultTheme } from '../theme/default-theme.js';
import { NAMED_STYLES } from './named-styles.js';

const OWN = Object.values(NAMED_STYLES).filter((s) => !/^(Title|Heading\d|Normal)$/.test(s.id));
const styleXml = (styles: string, id: string) =>
  new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
/** The paragraphs of a named paragraph style, and the runs of a named character style. */
const paragraphsOf = (xml: string, id: string) =>
  xml.match(new RegExp(`<w:p>(?:(?!</w:p>).)*?<w:pStyle w:val="${id}"/>.*?</w:p>`, 'g')) ?? [];
const runsOf = (xml: string, id: string) =>
  xml.match(new RegExp(`<w:r><w:rPr><w:rStyle w:val="${id}"/>.*?</w:r>`, 'g')) ?? [];
const DIRECT = /<w:(b|i|color|sz|rFonts)\b/;

describe('named styles', () => {
  it('defines every role once in styles.xml, with its Dutch name', async () => {
    const { parts } = await renderedFixture('01-plan-van-aanpak.json');
    const styles = parts['word/styles.xml'] ?? '';
    for (const style of OWN) {
      const xml = styleXml(styles, style.id);
      expect(xml, style.id).toContain(`w:type="${style.type}"`);
      expect(xml, style.id).toContain(`<w:name w:val="${style.name}"/>`);
      expect(styles.match(new RegExp(`w:styleId="${style.id}"`, 'g'))).toHaveLength(1);
    }
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3'])
      expect(styleXml(styles, id)).toContain(`<w:color w:val="${defaultTheme.colors.primary}"/>`);
    expect(styleXml(styles, 'Privacyregel')).toContain('<w:i/>');
    expect(styleXml(styles, 'Label')).toContain(`<w:color w:val="${defaultTheme.colors.muted}"/>`);
  });

  it('takes the formatting of every style from the theme', async () => {
    const theme = {
      ...defaultTheme,
      colors: { ...defaultTheme.colors, primary: 'AA0000', muted: '00AA00' },
    };
    const content = resolveFixture(readDossierJson('02-bijstelling.json'), 'bijstelling');
    const styles =
      docxParts(await renderDocument(content, { asOf: FIXTURE_AS_OF, theme }))['word/styles.xml'] ??
      '';
    expect(styleXml(styles, 'Heading1')).toContain('<w:color w:val="AA0000"/>');
    expect(styleXml(styles, 'Tabelgroep')).toContain('<w:color w:val="AA0000"/>');
    expect(styleXml(styles, 'Tabellabel')).toContain('<w:color w:val="00AA00"/>');
  });

  it.each(['01-plan-van-aanpak.json', '07-re-integratieverslag.json'])(
    'lets %s refer to the styles with no direct run formatting for their roles',
    async (file) => {
      const { xml } = await renderedFixture(file);
      for (const id of [
        'Tabelkop',
        'Tabeltekst',
        'Tabellabel',
        'Tabelgroep',
        'Tabeldetail',
        'Privacyregel',
      ]) {
        const paragraphs = paragraphsOf(xml, id);
        expect(paragraphs.length, id).toBeGreaterThan(0);
        for (const p of paragraphs) {
          // Only the named character styles inside, never bold, italics, colour, size or font.
          expect(p.replace(/<w:rStyle w:val="\w+"\/>/g, ''), id).not.toMatch(DIRECT);
        }
      }
      for (const id of ['Label', 'LegeWaarde']) {
        for (const run of runsOf(xml, id))
          expect(run.replace(/<w:rStyle[^>]*>/, ''), id).not.toMatch(DIRECT);
      }
      expect(runsOf(xml, 'Label').length).toBeGreaterThan(10);
      // Headings and body text carry no run formatting at all: the muted colour, italics and
      // bold appear only in styles.xml.
      expect(xml).not.toMatch(/<w:color w:val="(595959|1F4E79)"\/>/);
      expect(xml).not.toMatch(/<w:[bi]\/>/);
    },
  );
});
