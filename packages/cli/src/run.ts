import { CliError } from './cli-error.js';
import type { CliIo } from './cli-io.js';
import { cliIssue } from './cli-issue.js';
import { CLI_VERSION } from './cli-version.js';
import { COMMON_OPTIONS } from './commands/common-options.js';
import { detectLang, type Lang } from './detect-lang.js';
import { type HelpTopic, helpText } from './help/help-text.js';
import { parseChoice } from './input/parse-choice.js';
import { internalErrorIssue } from './internal-error-message.js';
import { parseCommandLine } from './parse-command-line.js';
import { wantsJson } from './wants-json.js';
import { writeIssues } from './write-issues.js';

type Command = (argv: readonly string[], io: CliIo, lang: Lang) => Promise<number>;

/** Each command is loaded when it runs, so `timeline` never loads the document renderer. */
const COMMANDS = new Map<HelpTopic, () => Promise<Command>>([
  ['timeline', async () => (await import('./commands/timeline-command.js')).timelineCommand],
  ['check', async () => (await import('./commands/check-command.js')).checkCommand],
  ['spoor2', async () => (await import('./commands/spoor2-command.js')).spoor2Command],
  ['report', async () => (await import('./commands/report-command.js')).reportCommand],
  ['batch', async () => (await import('./commands/batch-command.js')).batchCommand],
  ['portfolio', async () => (await import('./commands/portfolio-command.js')).portfolioCommand],
]);

const isCommand = (name: string | undefined): name is HelpTopic =>
  name !== undefined && COMMANDS.has(name as HelpTopic);

const writeError = (error: unknown, io: CliIo, lang: Lang, json: boolean): number => {
  if (error instanceof CliError) {
    writeIssues(error.issues, io, lang, json);
    return error.exitCode;
  }
  writeIssues([internalErrorIssue(error)], io, lang, json);
  if (io.env.POORTWACHTER_DEBUG === '1' && error instanceof Error && error.stack !== undefined)
    io.stderr.write(`${error.stack}\n`);
  return 2;
};

/**
 * Runs the `poortwachter` command: `timeline`, `check`, `spoor2`, `report`, `batch` and `portfolio`, plus `--help`,
 * `help <command>` and `--version`. Results go to `io.stdout`; problems go to `io.stderr`, one
 * line each as `<field path>: <message>`, in Dutch unless `--lang en` is given. It never throws
 * and never prints a stack trace (unless `POORTWACHTER_DEBUG=1` and the error is an internal
 * one), nor a BSN. Exit codes ({@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#5-command-line | docs/contract.md §5}): `0` done; `1` done but something needs attention
 * (an `error` finding, a refused incomplete document, a failed batch item); `2` the request was
 * wrong (invalid input, missing file, unknown option, existing output without `--force`). An
 * unexpected internal error prints one line `interne fout: …` and also exits `2`: the request
 * could not be carried out, and the contract has no other code for it.
 *
 * @param argv - The arguments, without `node` and the script (`process.argv.slice(2)`).
 * @param io - The streams and environment to use (see {@link CliIo}).
 * @returns The exit code.
 * @example
 * ```ts
 * import { run } from '@poortwachter/cli';
 *
 * const code = await run(['timeline', '--first-sick-day', '2025-01-06', '--format', 'json'], {
 *   stdout: process.stdout,
 *   stderr: process.stderr,
 *   cwd: process.cwd(),
 *   env: process.env,
 *   isTTY: { stdout: false, stderr: false },
 * });
 * // code === 0; stdout holds the timeline as JSON
 * ```
 * @category CLI
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = detectLang(argv);
  try {
    const commandAt = argv.findIndex((arg, i) => !arg.startsWith('-') && argv[i - 1] !== '--lang');
    const { values } = parseCommandLine(commandAt === -1 ? argv : argv.slice(0, commandAt), {
      ...COMMON_OPTIONS,
      version: { type: 'boolean', short: 'v' },
    });
    parseChoice('--lang', values.lang ?? lang, ['nl', 'en']);
    if (values.version) {
      io.stdout.write(`${CLI_VERSION}\n`);
      return 0;
    }
    const name = commandAt === -1 ? undefined : argv[commandAt];
    const rest = argv.slice(commandAt + 1);
    if (values.help || name === 'help') {
      const topic = name === 'help' ? rest.find((arg) => !arg.startsWith('-')) : undefined;
      io.stdout.write(helpText(isCommand(topic) ? topic : 'main', lang));
      return 0;
    }
    const load = isCommand(name) ? COMMANDS.get(name) : undefined;
    if (load === undefined)
      throw new CliError([
        cliIssue(name === undefined ? 'cli/no-command' : 'cli/unknown-command', '<command>'),
      ]);
    return await (await load())(rest, io, lang);
  } catch (error) {
    return writeError(error, io, lang, wantsJson(argv));
  }
}
