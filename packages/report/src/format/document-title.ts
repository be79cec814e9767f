import {
  DOCUMENT_KINDS,
  type DocumentKind,
  RIV_PART_TITLES,
  type RivPartKind,
} from '@poortwachter/schema/kinds';

const TITLES = new Map<string, string>([
  ...DOCUMENT_KINDS.map((k) => [k.kind, k.title.nl] as const),
  ...Object.entries(RIV_PART_TITLES).map(([kind, title]) => [kind, title.nl] as const),
]);

/**
 * The Dutch title of a document kind, or of a kind of part of a re-integratieverslag, as
 * `DOCUMENT_KINDS` and `RIV_PART_TITLES` of `@poortwachter/schema` give them.
 *
 * @param kind - A document kind (`plan-van-aanpak`, …) or a part kind (`actueel-oordeel`, …).
 * @returns The title.
 * @example
 * ```ts
 * documentTitle('spoor-2-voortgang'); // 'Voortgangsrapportage spoor 2'
 * documentTitle('actueel-oordeel'); // 'Actueel oordeel bedrijfsarts'
 * ```
 * @category Formatting
 */
export function documentTitle(kind: DocumentKind | RivPartKind): string {
  return TITLES.get(kind) ?? kind;
}
