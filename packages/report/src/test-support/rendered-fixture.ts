import { nodeRasterizer } from '@poortwachter/report-raster/node';
import mammoth from 'mammoth';
import { renderDocument } from '../render/render-document.js';
import type { RenderOptions } from '../render/render-options.js';
import { docxParts } from './docx-parts.js';
import { readDossierJson, resolveFixture } from './fixture-dossier.js';

/** The as-of date the document tests judge the fixture dossier on. */
export const FIXTURE_AS_OF = '2025-10-24';

/**
 * Renders a content file of the fixture dossier, with `change` applied to its raw JSON first,
 * and reads it back: the body text in order (mammoth, as the other document tests do), the
 * document XML, the text of the headers, and every XML part.
 */
export async function renderedFixture(
  file: string,
  change: (raw: Record<string, unknown>) => void = () => {},
  options: RenderOptions = {},
): Promise<{ text: string; xml: string; header: string; parts: Record<string, string> }> {
  const raw = structuredClone(readDossierJson(file)) as Record<string, unknown>;
  change(raw);
  const bytes = await renderDocument(resolveFixture(raw), {
    asOf: FIXTURE_AS_OF,
    rasterizer: nodeRasterizer(),
    ...options,
  });
  const parts = docxParts(bytes);
  const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  const header = Object.entries(parts)
    .filter(([path]) => /^word\/header\d*\.xml$/.test(path))
    .map(([, xml]) => [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n');
  return { text, xml: parts['word/document.xml'] ?? '', header, parts };
}

/** Whether the strings occur in `text` in this order. */
export function inTextOrder(text: string, items: readonly string[]): boolean {
  let from = 0;
  for (const item of items) {
    const at = text.indexOf(item, from);
    if (at < 0) return false;
    from = at + item.length;
  }
  return true;
}
