// Compiles only if the published types are usable from a CommonJS module (node16 resolution
// picks the .d.cts files).
import { PoortwachterError } from '@poortwachter/core';
import { DocumentIncompleteError, renderDocument } from '@poortwachter/report';
import { heading } from '@poortwachter/report/blocks';
import { renderDocumentToStream } from '@poortwachter/report/node';
import type { ResolvedContentOf } from '@poortwachter/schema';
import { documentJsonSchema } from '@poortwachter/schema/json-schema';

declare const plan: ResolvedContentOf<'plan-van-aanpak'>;

export async function consume(stream: NodeJS.WritableStream): Promise<void> {
  try {
    await renderDocument(plan);
    await renderDocumentToStream(plan, stream);
  } catch (error) {
    if (error instanceof DocumentIncompleteError && error instanceof PoortwachterError)
      console.error(error.format('en'));
  }
  void [heading('Kop', 1), documentJsonSchema('plan-van-aanpak').title];
}
