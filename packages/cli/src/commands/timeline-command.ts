import { computeTimeline } from '@poortwachter/core';
import type { CliIo } from '../cli-io.js';
import type { Lang } from '../detect-lang.js';
import { formatTimelineIcs } from '../format/format-timeline-ics.js';
import { formatTimelineText } from '../format/format-timeline-text.js';
import { readCaseRequest } from '../input/read-case-request.js';
import { createPainter } from '../output/create-painter.js';
import { useColour } from '../output/use-colour.js';

/**
 * `poortwachter timeline <case.json> | --first-sick-day D [--as-of D] [--format text|json|ics]
 * [--explain] [--full-name]`: prints the timeline of the case's latest chain; `--explain` adds
 * each date's explanation, `--full-name` names the employee in full in a calendar (default: the
 * case reference or initials); a quick look without `--as-of` shows no statuses. `json` is `computeTimeline()`'s result as is
 * ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#2-timeline | docs/contract.md §2}), `ics` a calendar of the deadlines, `text` a table.
 *
 * @param argv - The arguments after `timeline`.
 * @param io - The run's streams and environment.
 * @param lang - The language of the run.
 * @returns The exit code: `0`.
 * @throws CliError (exit 2) for a wrong request or an invalid case.
 * @example
 * ```ts
 * await timelineCommand(['case.json', '--as-of', '2025-09-01', '--format', 'json'], io, 'nl'); // 0
 * ```
 * @category Commands
 */
export async function timelineCommand(
  argv: readonly string[],
  io: CliIo,
  lang: Lang,
): Promise<number> {
  const request = await readCaseRequest('timeline', ['text', 'json', 'ics'], argv, io, lang, [
    'explain',
    'full-name',
  ]);
  if (!request) return 0;
  const { caseFile, asOf, format, flags } = request;
  // A quick look from a first sick day alone shows dates; statuses need a date to judge on.
  const statuses = !request.quickLook || request.asOfGiven;
  const timeline = computeTimeline(caseFile, { asOf });
  if (format === 'json') io.stdout.write(`${JSON.stringify(timeline, null, 2)}\n`);
  else if (format === 'ics')
    io.stdout.write(
      formatTimelineIcs(
        timeline,
        {
          externalRef: caseFile.externalRef,
          employeeName: caseFile.employee?.name,
          fullName: flags.has('full-name'),
          statuses,
        },
        lang,
      ),
    );
  else
    io.stdout.write(
      formatTimelineText(timeline, lang, createPainter(useColour(io, 'stdout')), {
        statuses,
        explain: flags.has('explain'),
      }),
    );
  return 0;
}
