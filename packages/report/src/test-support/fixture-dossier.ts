import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type DocumentKind,
  type ResolvedContentOf,
  type ResolvedDocumentContent,
  resolveDocumentContent,
} from '@poortwachter/schema';

/** The shared fixture dossier (`fixtures/dossier`). */
export const DOSSIER_DIR = fileURLToPath(new URL('../../../../fixtures/dossier/', import.meta.url));

/** Reads a JSON file of the fixture dossier. */
export function readDossierJson(file: string): unknown {
  return JSON.parse(readFileSync(join(DOSSIER_DIR, file), 'utf8'));
}

/**
 * Resolves raw content as if it were a file of the fixture dossier; with `kind`, checks that the
 * content is of that kind and types it so.
 */
export function resolveFixture<K extends DocumentKind = DocumentKind>(
  raw: unknown,
  kind?: K,
): ResolvedContentOf<K> {
  const result = resolveDocumentContent(raw, readDossierJson);
  if (!result.success)
    throw new Error(`fixture does not resolve: ${JSON.stringify(result.issues)}`);
  if (kind !== undefined && result.data.kind !== kind)
    throw new Error(`fixture is a ${result.data.kind}, not a ${kind}`);
  return result.data as ResolvedContentOf<K>;
}

/** Every content file of the fixture dossier (one per kind), resolved, by file name. */
export function fixtureDossier(): { file: string; content: ResolvedDocumentContent }[] {
  return readdirSync(DOSSIER_DIR)
    .filter((f) => /^\d\d-.*\.json$/.test(f))
    .sort()
    .map((file) => ({ file, content: resolveFixture(readDossierJson(file)) }));
}
