import type { Issue } from '@poortwachter/core';
import type { Case } from '../case/case-schema.js';
import { parseCase } from '../case/parse-case.js';
import { type ParseResult, parseWith } from '../messages/parse-with.js';
import type { SchemaIssueCode } from '../messages/schema-issue-code.js';
import type { CaseReference } from './case-reference-schema.js';
import { documentContentSchema } from './document-content-schema.js';
import { DOCUMENT_MESSAGES, type DocumentMessageCode } from './document-messages.js';
import { NOT_INLINE } from './not-inline.js';
import { relativePath } from './relative-path.js';
import type {
  ResolvedDocumentContent,
  ResolvedPartContent,
  ResolvedRivPart,
} from './resolved-document-content.js';
import { RIV_REFERENCED_KINDS } from './riv-part-schema.js';

type Path = (string | number)[];

const referencedKinds: ReadonlySet<string> = new Set(RIV_REFERENCED_KINDS);

/**
 * Parses a content file and resolves what it refers to: a `case` given as a path is loaded and
 * parsed as a case file, and the parts of a re-integratieverslag that name a `contentFile` are
 * loaded, parsed and resolved in turn (a part cannot itself be a verslag or a dossieroverzicht; a
 * part without `case` belongs to the verslag's case). Every path is relative to the file it is
 * written in; `load` receives it relative to the top-level content file. Pure: no file system,
 * so it runs in browsers too.
 *
 * Problems come back as issues with the field path (a problem inside a referenced file is
 * prefixed with the field that names that file, e.g. `parts[1].contentFile.activities[0].what`),
 * a code and a message in Dutch (default) or English. A `load` that throws gives
 * `file/not-found` (or `file/invalid-json` for a `SyntaxError`) on the field that holds the path,
 * never a stack trace.
 *
 * @param raw - The content file as parsed JSON.
 * @param load - Returns the parsed JSON of a file, by its path relative to the content file.
 * @returns `{ success: true, data }` with the resolved content, or `{ success: false, issues }`.
 * @see Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { formatIssue } from '@poortwachter/core';
 * import { dirname, join } from 'node:path';
 *
 * const file = 'fixtures/dossier/07-re-integratieverslag.json';
 * const load = (p: string) => JSON.parse(readFileSync(join(dirname(file), p), 'utf8'));
 * const result = resolveDocumentContent(JSON.parse(readFileSync(file, 'utf8')), load);
 * if (!result.success) console.error(result.issues.map((i) => formatIssue(i, 'nl')).join('\n'));
 * ```
 * @category Document content
 */
export function resolveDocumentContent(
  raw: unknown,
  load: (relativePath: string) => unknown,
): ParseResult<ResolvedDocumentContent> {
  const parsed = parseWith(documentContentSchema, raw);
  if (!parsed.success) return parsed;
  const content = parsed.data;

  const issues: Issue<SchemaIssueCode>[] = [];
  const cases = new Map<string, Case | undefined>();
  const report = (path: Path, code: DocumentMessageCode) => {
    issues.push({ code, path, message: DOCUMENT_MESSAGES[code] });
  };
  const reportAll = (prefix: Path, found: readonly Issue<SchemaIssueCode>[]) => {
    for (const issue of found) issues.push({ ...issue, path: [...prefix, ...(issue.path ?? [])] });
  };
  const loadFile = (file: string, at: Path): { ok: true; value: unknown } | { ok: false } => {
    try {
      return { ok: true, value: load(file) };
    } catch (error) {
      report(
        at,
        error === NOT_INLINE
          ? 'document/not-inline'
          : error instanceof SyntaxError
            ? 'file/invalid-json'
            : 'file/not-found',
      );
      return { ok: false };
    }
  };
  const resolveCase = (ref: CaseReference, fromFile: string, at: Path): Case | undefined => {
    if (typeof ref !== 'string') {
      const result = parseCase(ref);
      if (result.success) return result.data;
      reportAll(at, result.issues);
      return undefined;
    }
    const file = relativePath(fromFile, ref);
    if (cases.has(file)) return cases.get(file);
    const loaded = loadFile(file, at);
    let found: Case | undefined;
    if (loaded.ok) {
      const result = parseCase(loaded.value);
      if (result.success) found = result.data;
      else reportAll(at, result.issues);
    }
    cases.set(file, found);
    return found;
  };

  if (content.case === undefined) {
    report(['case'], 'document/case-missing');
    return { success: false, issues };
  }
  const rootCase = resolveCase(content.case, '', ['case']);

  if (content.kind !== 're-integratieverslag') {
    if (rootCase === undefined) return { success: false, issues };
    return { success: true, data: { ...content, case: rootCase } };
  }

  const parts = content.parts.map((part, index): ResolvedRivPart => {
    if (part.contentFile === undefined)
      return { ...part, contentFile: undefined, content: undefined };
    const at: Path = ['parts', index, 'contentFile'];
    const file = relativePath('', part.contentFile);
    const loaded = loadFile(file, at);
    if (!loaded.ok) return { ...part, contentFile: undefined, content: undefined };
    const result = parseWith(documentContentSchema, loaded.value);
    if (!result.success) {
      reportAll(at, result.issues);
      return { ...part, contentFile: undefined, content: undefined };
    }
    const partContent = result.data;
    if (partContent.kind !== part.kind || !referencedKinds.has(partContent.kind)) {
      report(['parts', index, 'kind'], 'document/part-kind-mismatch');
      return { ...part, contentFile: undefined, content: undefined };
    }
    const partCase =
      partContent.case === undefined
        ? rootCase
        : resolveCase(partContent.case, file, [...at, 'case']);
    if (partCase === undefined) return { ...part, contentFile: undefined, content: undefined };
    const resolved = { ...partContent, case: partCase } as ResolvedPartContent;
    return { ...part, contentFile: part.contentFile, content: resolved };
  });

  if (issues.length > 0 || rootCase === undefined) return { success: false, issues };
  return { success: true, data: { ...content, case: rootCase, parts } };
}
