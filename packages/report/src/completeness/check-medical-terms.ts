import { type Finding, type IssuePath, medicalTermIssues } from '@poortwachter/core';
import {
  type DocumentKind,
  documentJsonSchema,
  type ResolvedDocumentContent,
  type ResolvedPartContent,
} from '@poortwachter/schema';
import { documentFinding } from './document-finding.js';
import type { DocumentIssueCode } from './document-problems.js';

type SchemaNode = ReturnType<typeof documentJsonSchema>;

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

const schemas = new Map<DocumentKind, SchemaNode>();
function schemaOf(kind: DocumentKind): SchemaNode {
  let schema = schemas.get(kind);
  if (schema === undefined) {
    schema = documentJsonSchema(kind);
    schemas.set(kind, schema);
  }
  return schema;
}

/** The alternatives a schema node allows (`anyOf`, `oneOf`, `allOf` flattened). */
function alternatives(node: SchemaNode): SchemaNode[] {
  const nested = [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])];
  return nested.length === 0 ? [node] : (nested as SchemaNode[]).flatMap(alternatives);
}

/** The schema nodes of a property or of the items of a list. */
function childNodes(nodes: SchemaNode[], key: string | number): SchemaNode[] {
  return nodes.flatMap((node) => {
    const child =
      typeof key === 'number'
        ? node.items
        : (node.properties?.[key] ??
          (typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined));
    return typeof child === 'object' && child !== null && !Array.isArray(child)
      ? alternatives(child as SchemaNode)
      : [];
  });
}

/** Free text: a string without a fixed set of values (enum, const) or a format (date, e-mail). */
const isFreeText = (nodes: SchemaNode[]): boolean =>
  nodes.some(
    (node) =>
      (node.type === 'string' || (Array.isArray(node.type) && node.type.includes('string'))) &&
      node.enum === undefined &&
      node.const === undefined &&
      node.format === undefined,
  );

function freeTexts(
  value: unknown,
  nodes: SchemaNode[],
  path: IssuePath,
  out: { path: IssuePath; text: string }[],
): void {
  if (typeof value === 'string') {
    if (isFreeText(nodes)) out.push({ path, text: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      freeTexts(item, childNodes(nodes, i), [...path, i], out);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (!NOT_SCREENED.has(key)) freeTexts(item, childNodes(nodes, key), [...path, key], out);
    }
  }
}

/**
 * Screens every free-text field and part title a document's author wrote for medical terms
 * (`findMedicalTerms` of `@poortwachter/core`: diagnosis, nature or cause, complaints, medication,
 * treatment, treating physicians) and reports each field that names one as an `error`
 * (`document/<kind>/medical-term`), so the document is refused like an incomplete one. Which
 * values are free text is read from the kind's JSON Schema: dates, enum values and numbers are
 * skipped, and so are names, functions, organisations, places and contact details, and the case
 * file. The parts of a re-integratieverslag written with this library are screened by
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
  freeTexts(content, alternatives(schemaOf(content.kind)), [], texts);
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
