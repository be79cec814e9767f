import { Document, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { documentXml } from '../test-support/docx-parts.js';
import { textRuns } from './text-runs.js';

async function bodyXml(text: string): Promise<string> {
  const doc = new Document({
    sections: [{ children: [new Paragraph({ children: textRuns(text, { bold: true }) })] }],
  });
  return /<w:body>([\s\S]*)<\/w:body>/.exec(await documentXml(doc))?.[1] ?? '';
}

describe('textRuns', () => {
  it('gives one run per line with a break before every line but the first', async () => {
    expect(textRuns('a\nb\nc')).toHaveLength(3);
    const xml = await bodyXml('een\ntwee');
    expect(xml.match(/<w:br\/>/g)).toHaveLength(1);
    expect(xml).toContain('>een<');
    expect(xml).toContain('>twee<');
  });

  it('turns tabs into tab elements', async () => {
    const xml = await bodyXml('a\tb');
    expect(xml).toContain('<w:tab/>');
    expect(xml).not.toContain('\t');
  });

  it('never writes forbidden characters into the XML', async () => {
    const xml = await bodyXml('x\u0001\uFFFE\uFFFF\uD800y\r\nz');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters the XML may not contain
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(xml).not.toContain('\r');
    expect(xml).toContain('<w:br/>');
  });

  it('applies the style to every run', async () => {
    const xml = await bodyXml('a\nb');
    expect(xml.match(/<w:b\/>/g)).toHaveLength(2);
  });
});
