import { type Finding, type IssuePath, medicalTermIssues } from '@poortwachter/core';
import type { ResolvedDocumentContent, ResolvedPartContent } from '@poortwachter/schema';
import { DOCUMENT_FREE_TEXT, type DocumentKind } from '@poortwachter/schema/kinds';
import { spoor2ShownTexts } from '../spoor2/spoor2-shown-texts.js';
import { documentFinding } from './document-finding.js';
import type { DocumentIssueCode } from './document-problems.js';

/**
 * Fields that name a person, an organisation, a place, a job or a file of the case, not the
 * employee's health: a hospital as employer or "Doktersassistent" as a job sought is no medical
 * data. `case` is the case file (names and addresses), `content` a part of a
 * re-integratieverslag, which {@link checkDocument} screens with its own path.
 */
const NOT_SCREENED: ReadonlySet<string> = new Set([
  'case',
  'content',
  'contentFile',
  '$schema',
  'name',
  'function',
  'functions',
  'organisation',
  'address',
  'place',
  'email',
  'phone',
  'contact',
  'employer',
  'sectors',
]);

/** A tree of the free-text fields of a kind: a key, or `*` for list items and record keys. */
interface FieldTree {
  text: boolean;
  children: Map<string, FieldTree>;
}

const trees = new Map<DocumentKind, FieldTree>();
function treeOf(kind: DocumentKind): FieldTree {
  let tree = trees.get(kind);
  if (tree === undefined) {
    tree = { text: false, children: new Map() };
    for (const path of DOCUMENT_FREE_TEXT[kind]) {
      let node = tree;
      for (const key of path.split('.')) {
        let child = node.children.get(key);
        if (child === undefined) {
          child = { text: false, children: new Map() };
          node.children.set(key, child);
        }
        node = child;
      }
      node.text = true;
    }
    trees.set(kind, tree);
  }
  return tree;
}

function freeTexts(
  value: unknown,
  node: FieldTree | undefined,
  path: IssuePath,
  out: { path: IssuePath; text: string }[],
): void {
  if (node === undefined) return;
  if (typeof value === 'string') {
    if (node.text) out.push({ path, text: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      freeTexts(item, node.children.get('*'), [...path, i], out);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (!NOT_SCREENED.has(key))
        freeTexts(item, node.children.get(key) ?? node.children.get('*'), [...path, key], out);
    }
  }
}

/**
 * Screens every free-text field and part title a document's author wrote for medical terms
 * (`findMedicalTerms` of `@poortwachter/core`: diagnosis, nature or cause, complaints, medication,
 * treatment, treating physicians) and reports each field that names one as an `error`
 * (`document/<kind>/medical-term`), so the document is refused like an incomplete one. Which
 * values are free text is read from `DOCUMENT_FREE_TEXT` of `@poortwachter/schema` (computed
 * from the kind's schema, kept as data so that this check loads no zod): dates, enum values and
 * numbers are skipped, and so are names, functions, organisations, places and contact details, and the case
 * file, except the free texts of its spoor-2 log that a spoor-2 report prints (`spoor2ShownTexts`). The parts of a re-integratieverslag written with this library are screened by
 * {@link checkDocument}, with their path under `parts[i].contentFile`. The message names the class
 * of what was found, never the text.
 *
 * @param content - Resolved content of any kind, or of a part of a re-integratieverslag.
 * @returns One finding per field that names something medical, with the path of the field.
 * @see AP Beleidsregels "De zieke werknemer" (BWBR0037896) §4.7, §5.2.2
 * @example
 * ```ts
 * checkMedicalTerms({ ...plan, functionalSummary: { limitations: ['Gebruikt oxycodon.'] } });
 * // [{ code: 'document/plan-van-aanpak/medical-term', severity: 'error',
 * //    path: ['functionalSummary', 'limitations', 0], message: { nl: 'Dit veld bevat een medisch gegeven (medicatie); …', … } }]
 * ```
 * @category Completeness
 */
export function checkMedicalTerms(
  content: ResolvedDocumentContent | ResolvedPartContent,
): Finding<DocumentIssueCode>[] {
  const texts: { path: IssuePath; text: string }[] = [];
  freeTexts(content, treeOf(content.kind), [], texts);
  texts.push(...spoor2ShownTexts(content));
  return medicalTermIssues(texts).map((issue) =>
    documentFinding(
      content.kind,
      'medical-term',
      'error',
      issue.path ?? [],
      issue.message,
      issue.source,
    ),
  );
}
