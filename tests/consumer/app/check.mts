// Compiles only if the published types are usable from an ES module (node16 and bundler
// resolution): every entry point, the kind-typed renderDocument and the closed code unions.
import { PoortwachterError } from '@poortwachter/core';
import {
  checkDocument,
  DocumentIncompleteError,
  type DocumentIssueCode,
  renderDocument,
  type TemplateIssueCode,
  toBlob,
} from '@poortwachter/report';
import { dataTable, heading } from '@poortwachter/report/blocks';
import { renderDocumentToStream } from '@poortwachter/report/node';
import { createResvgRasterizer, FONT_FAMILY } from '@poortwachter/report-raster';
import { nodeRasterizer } from '@poortwachter/report-raster/node';
import { parseDocumentContent, type ResolvedContentOf } from '@poortwachter/schema';
import { caseJsonSchema } from '@poortwachter/schema/json-schema';
import { DOCUMENT_KINDS } from '@poortwachter/schema/kinds';

declare const plan: ResolvedContentOf<'plan-van-aanpak'>;
declare const overview: ResolvedContentOf<'dossieroverzicht'>;

export async function consume(raw: unknown): Promise<Blob[]> {
  const parsed = parseDocumentContent(raw);
  const blobs = [toBlob(await renderDocument(plan)), toBlob(await renderDocument(overview, { rasterizer: nodeRasterizer() }))];
  // @ts-expect-error a dossieroverzicht needs a rasterizer
  await renderDocument(overview, { asOf: '2025-10-24' });
  // @ts-expect-error so does streaming one
  await renderDocumentToStream(overview, process.stdout, { asOf: '2025-10-24' });
  await renderDocument(overview, {
    rasterizer: createResvgRasterizer({ wasm: new Uint8Array(), fonts: [] }),
  });
  const family: 'DejaVu Sans' = FONT_FAMILY;
  if (parsed.success) {
    // @ts-expect-error content of any kind may be a dossieroverzicht
    await renderDocument(parsed.data);
    await renderDocument(parsed.data, { rasterizer: nodeRasterizer() });
  }
  try {
    await renderDocument(plan, { asOf: '2025-10-24' });
  } catch (error) {
    if (error instanceof DocumentIncompleteError) {
      const codes: DocumentIssueCode[] = error.issues.map((issue) => issue.code);
      void codes;
    } else if (error instanceof PoortwachterError) throw error;
  }
  const code: DocumentIssueCode = checkDocument(plan)[0]?.code ?? 'document/plan-van-aanpak/unsigned';
  // @ts-expect-error not a problem of the table
  const typo: DocumentIssueCode = 'document/plan-van-aanpak/unsignd';
  const template: TemplateIssueCode = 'template/no-value';
  void [family, code, typo, template, heading('Kop', 1), dataTable([], [], undefined as never), DOCUMENT_KINDS, caseJsonSchema().properties];
  return blobs;
}
