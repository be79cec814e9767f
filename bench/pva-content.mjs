import { readdirSync, readFileSync } from 'node:fs';
import { resolveDocumentContent } from '@poortwachter/schema';

const DOSSIER = new URL('../fixtures/dossier/', import.meta.url);

/**
 * The plan van aanpak of the example dossier (`fixtures/dossier/*plan-van-aanpak*.json`), resolved
 * with `resolveDocumentContent` (its `case` file loaded and parsed): the content both sides of the
 * documents benchmark render.
 *
 * @returns {import('@poortwachter/schema').ResolvedDocumentContent} The resolved content.
 * @throws Error when the fixture is missing or does not resolve.
 * @example
 * ```js
 * const bytes = await renderDocument(loadPvaContent(), { asOf: '2024-03-26' });
 * ```
 * @category Benchmarks
 */
export function loadPvaContent() {
  const file = readdirSync(DOSSIER).find(
    (name) => name.includes('plan-van-aanpak') && name.endsWith('.json'),
  );
  if (file === undefined) throw new Error('fixtures/dossier has no *plan-van-aanpak*.json');
  const load = (path) => JSON.parse(readFileSync(new URL(path, DOSSIER), 'utf8'));
  const result = resolveDocumentContent(load(file), load);
  if (!result.success)
    throw new Error(
      `${file}: ${result.issues.map((i) => `${i.pathText}: ${i.message}`).join('; ')}`,
    );
  return result.data;
}
