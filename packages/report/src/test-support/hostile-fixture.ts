import {
  type DocumentContentInput,
  type ResolvedDocumentContent,
  resolveDocumentContent,
} from '@poortwachter/schema';
import { type HostileKind, hostileContent } from '../../../../fixtures/hostile.js';
import { readDossierJson } from './fixture-dossier.js';

/** The hostile variants the document tests render: every kind of hostile text, mixed, and empty lists. */
export const HOSTILE_VARIANTS: readonly {
  name: string;
  options: { kind?: HostileKind | 'mixed'; emptyLists?: boolean };
}[] = [
  { name: 'mixed', options: { kind: 'mixed' } },
  { name: 'control', options: { kind: 'control' } },
  { name: 'loneSurrogate', options: { kind: 'loneSurrogate' } },
  { name: 'nonCharacter', options: { kind: 'nonCharacter' } },
  { name: 'long', options: { kind: 'long' } },
  { name: 'multiLine', options: { kind: 'multiLine' } },
  { name: 'emoji', options: { kind: 'emoji' } },
  { name: 'rtl', options: { kind: 'rtl' } },
  { name: 'emptyLists', options: { emptyLists: true } },
];

/**
 * A fixture content file made hostile, its case inlined so that the case's strings are hostile
 * too; the parts of a re-integratieverslag are made hostile the same way.
 */
export function hostileFixture(
  file: string,
  options: { kind?: HostileKind | 'mixed'; emptyLists?: boolean },
): ResolvedDocumentContent {
  const raw = {
    ...(readDossierJson(file) as DocumentContentInput),
    case: readDossierJson('case.json') as Record<string, unknown>,
  };
  const load = (path: string): unknown =>
    path === 'case.json'
      ? readDossierJson(path)
      : hostileContent(readDossierJson(path) as DocumentContentInput, options);
  const result = resolveDocumentContent(hostileContent(raw, options), load);
  if (!result.success)
    throw new Error(
      `hostile fixture does not resolve: ${JSON.stringify(result.issues.map((i) => i.path))}`,
    );
  return result.data;
}
