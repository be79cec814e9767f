import {
  type Finding,
  INPUT_ISSUE_MESSAGES,
  type InputIssueCode,
  type IsoDate,
  isIsoDate,
} from '@poortwachter/core';
import {
  SPOOR2_DOCUMENT_KINDS,
  type Spoor2DocumentKind,
  type Spoor2Narrative,
  spoor2ReportContent,
  spoor2ReportFacts,
} from '@poortwachter/report';
import { parseDocumentContent } from '@poortwachter/schema';
import { CliError } from '../cli-error.js';
import { type CliIssue, cliIssue } from '../cli-issue.js';
import { contentKind } from '../input/content-kind.js';
import { kindMismatch } from '../input/kind-mismatch.js';
import { parseChoice } from '../input/parse-choice.js';
import { readJsonFile } from '../input/read-json-file.js';
import { validateCase } from '../input/validate-case.js';
import { checkOutputFree } from '../output/check-output-free.js';
import { fromCaseProblem } from './from-case-problem.js';
import type { RenderRequest } from './render-request.js';
import { writeDocument } from './write-document.js';

const KINDS = Object.keys(SPOOR2_DOCUMENT_KINDS) as Spoor2DocumentKind[];

/** An input problem of core's table, about a field of the narrative or about an option. */
const inputIssue = (
  code: InputIssueCode,
  path: (string | number)[],
  argument: string,
): CliIssue => ({
  code,
  ...(path.length > 0 ? { path } : {}),
  argument,
  message: INPUT_ISSUE_MESSAGES[code],
});

/**
 * A spoor-2 report to build from a case file (`report --from-case`): the case, the kind, the
 * narrative file if any, and the report's date, period and number where given.
 *
 * @example
 * ```ts
 * const request: FromCaseRequest = {
 *   caseFile: 'case.json', kind: 'spoor-2-voortgang', from: '2025-04-12', to: '2025-05-23',
 *   output: 'voortgang-2.docx', cwd: process.cwd(), asOf: '2025-05-26',
 *   allowIncomplete: false, force: false,
 * };
 * ```
 * @category Report
 */
export interface FromCaseRequest extends Omit<RenderRequest, 'input' | 'kind'> {
  /** `--from-case`: the case file, as the user gave it. */
  caseFile: string;
  /** `--kind`: one of the spoor-2 kinds. */
  kind: string | undefined;
  /** `--narrative`: a content file of the kind without `case`. */
  narrative?: string | undefined;
  /** `--date`: the report's date (default: the narrative's, else the as-of date). */
  date?: IsoDate | undefined;
  /** `--from`, `--to`: the period of a voortgangsrapportage. */
  from?: IsoDate | undefined;
  to?: IsoDate | undefined;
  /** `--number`: the number of a voortgangsrapportage. */
  number?: number | undefined;
}

/** Reads the narrative file: an object of the kind, without a case. */
async function readNarrative(
  file: string | undefined,
  cwd: string,
  kind: Spoor2DocumentKind,
): Promise<Record<string, unknown>> {
  if (file === undefined) return {};
  const raw = await readJsonFile(file, cwd);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new CliError([cliIssue('cli/narrative-not-object', file)]);
  const problems: CliIssue[] = [];
  const fileKind = contentKind(raw);
  if (fileKind !== undefined && fileKind !== kind) problems.push(kindMismatch(fileKind, kind));
  if ('case' in raw) problems.push(cliIssue('cli/narrative-has-case', `${file}:case`));
  if (problems.length > 0) throw new CliError(problems);
  const { kind: _kind, $schema: _schema, ...narrative } = raw as Record<string, unknown>;
  return narrative;
}

/**
 * Makes a spoor-2 report straight from a case file and a narrative (`report --from-case`): checks
 * the kind (one of the spoor-2 reports) and that a period or number is asked only of a
 * voortgangsrapportage, checks that the output may be written, reads and validates the case
 * (which must hold a `spoor2` section) and the narrative, builds the content with
 * `spoor2ReportContent` (period by default since the previous report; authors and signature lines
 * from the case where the narrative gives none), validates it with `parseDocumentContent` (a
 * problem in the narrative is reported on the narrative file with its field path), then renders
 * and writes it ({@link writeDocument}).
 *
 * @param request - What to make (see {@link FromCaseRequest}).
 * @returns The findings of a document that was made all the same.
 * @throws CliError with exit 2 for a wrong request, an invalid case or narrative, or a case
 *   without a trajectory; exit 1 when the document is incomplete and `allowIncomplete` is off.
 * @example
 * ```ts
 * const { findings } = await renderFromCase({
 *   caseFile: 'fixtures/dossier/case.json', kind: 'spoor-2-eindrapportage', date: '2025-09-26',
 *   output: 'eind.docx', cwd: process.cwd(), asOf: '2025-10-01',
 *   allowIncomplete: true, force: true,
 * });
 * ```
 * @category Report
 */
export async function renderFromCase(
  request: FromCaseRequest,
): Promise<{ findings: readonly Finding[] }> {
  const { cwd, caseFile: caseArgument } = request;
  if (request.kind === undefined) throw new CliError([cliIssue('cli/from-case-kind', '--kind')]);
  const kind = parseChoice('--kind', request.kind, KINDS);
  if (kind !== 'spoor-2-voortgang') {
    const given = (['from', 'to', 'number'] as const).filter((o) => request[o] !== undefined);
    if (given.length > 0)
      throw new CliError(given.map((o) => cliIssue('cli/only-for-voortgang', `--${o}`)));
  }
  await checkOutputFree(request.output, cwd, request.force);
  const caseFile = validateCase(await readJsonFile(caseArgument, cwd), caseArgument);
  if (caseFile.spoor2 == null) throw new CliError([cliIssue('cli/no-spoor2', caseArgument)]);
  const narrative = await readNarrative(request.narrative, cwd, kind);

  const at = request.narrative ?? caseArgument;
  if (narrative.date !== undefined && !isIsoDate(narrative.date))
    throw new CliError([inputIssue('date/invalid', ['date'], at)]);
  const date = request.date ?? (narrative.date as IsoDate | undefined) ?? request.asOf;
  const written = narrative.period as { from?: IsoDate; to?: IsoDate } | undefined;
  let period: { from: IsoDate; to: IsoDate } | undefined;
  if (kind === 'spoor-2-voortgang') {
    const fallback = spoor2ReportFacts(caseFile, { kind, date }).period;
    period = {
      from: request.from ?? written?.from ?? fallback.start,
      to: request.to ?? written?.to ?? fallback.end,
    };
    if (isIsoDate(period.from) && isIsoDate(period.to) && period.to < period.from)
      throw new CliError([
        request.to === undefined
          ? inputIssue('period/end-before-start', ['period', 'to'], at)
          : inputIssue('period/end-before-start', [], '--to'),
      ]);
  }
  const raw = spoor2ReportContent(
    caseFile,
    {
      kind,
      date,
      ...(period === undefined ? {} : { period }),
      ...(request.number === undefined ? {} : { number: request.number }),
    },
    narrative as Spoor2Narrative<typeof kind>,
  );
  const parsed = parseDocumentContent(raw);
  if (!parsed.success)
    throw new CliError(parsed.issues.map((issue) => ({ ...issue, argument: at })));
  return writeDocument(parsed.data, request, (f) =>
    fromCaseProblem(f, caseArgument, request.narrative),
  );
}
