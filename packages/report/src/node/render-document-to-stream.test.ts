import { PassThrough } from 'node:stream';
import { nodeRasterizer } from '@poortwachter/report-raster/node';
import { describe, expect, it } from 'vitest';
import { DocumentIncompleteError } from '../render/document-incomplete-error.js';
import { docxParts } from '../test-support/docx-parts.js';
import { readDossierJson, resolveFixture } from '../test-support/fixture-dossier.js';
import { renderDocumentToStream } from './render-document-to-stream.js';

async function collect(
  run: (stream: PassThrough) => Promise<void>,
): Promise<{ bytes: Uint8Array; ended: boolean }> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  let ended = false;
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => {
    ended = true;
  });
  await run(stream);
  await new Promise((resolve) => setImmediate(resolve));
  return { bytes: new Uint8Array(Buffer.concat(chunks)), ended };
}

describe('renderDocumentToStream', () => {
  it('writes the document to the stream and ends it', async () => {
    const overview = resolveFixture(
      readDossierJson('08-dossieroverzicht.json'),
      'dossieroverzicht',
    );
    const { bytes, ended } = await collect((s) =>
      renderDocumentToStream(overview, s, { asOf: '2025-10-24', rasterizer: nodeRasterizer() }),
    );
    expect(ended).toBe(true);
    expect(docxParts(bytes)['word/document.xml']).toContain('Dossieroverzicht');
  });

  it('takes the options of renderDocument: a dossieroverzicht needs a rasterizer', async () => {
    const overview = resolveFixture(
      readDossierJson('08-dossieroverzicht.json'),
      'dossieroverzicht',
    );
    const stream = new PassThrough();
    // @ts-expect-error a dossieroverzicht needs a rasterizer
    const refused = renderDocumentToStream(overview, stream, { asOf: '2025-10-24' });
    await expect(refused).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ['rasterizer'] })],
    });
  });

  it('writes nothing when the document is refused', async () => {
    const raw = readDossierJson('01-plan-van-aanpak.json') as Record<string, unknown>;
    const unsigned = resolveFixture({ ...raw, signatures: [] }, 'plan-van-aanpak');
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    await expect(
      renderDocumentToStream(unsigned, stream, { asOf: '2025-10-24' }),
    ).rejects.toBeInstanceOf(DocumentIncompleteError);
    expect(chunks).toHaveLength(0);
  });
});
