import { type Issue, isSafeName, type LocalizedText } from '@poortwachter/core';

/**
 * The problems of the command line itself, by code, with their words in Dutch and English. No
 * message repeats what was typed: an unknown command is not named, an unknown option only when
 * it is a plain name.
 *
 * @see {@link https://github.com/poortwachter/poortwachter/blob/main/docs/contract.md#5-command-line | docs/contract.md §5}
 * @example
 * ```ts
 * CLI_ISSUE_MESSAGES['cli/unknown-command'].en; // 'unknown command (see --help)'
 * ```
 * @category CLI
 */
export const CLI_ISSUE_MESSAGES = {
  'cli/no-command': { nl: 'geef een commando (zie --help)', en: 'give a command (see --help)' },
  'cli/unknown-command': {
    nl: 'onbekend commando (zie --help)',
    en: 'unknown command (see --help)',
  },
  'cli/unknown-option': { nl: 'onbekende optie (zie --help)', en: 'unknown option (see --help)' },
  'cli/option-needs-value': { nl: 'deze optie vraagt een waarde', en: 'this option needs a value' },
  'cli/option-takes-no-value': {
    nl: 'deze optie neemt geen waarde',
    en: 'this option takes no value',
  },
  'cli/invalid-choice': { nl: 'ongeldige waarde', en: 'invalid value' },
  'cli/invalid-date': {
    nl: 'geen bestaande datum in de vorm JJJJ-MM-DD',
    en: 'not an existing date in the form YYYY-MM-DD',
  },
  'cli/unexpected-argument': { nl: 'onverwacht argument', en: 'unexpected argument' },
  'cli/missing-content-file': { nl: 'geef een inhoudsbestand', en: 'give a content file' },
  'cli/missing-output': {
    nl: 'geef het uitvoerbestand met -o <bestand.docx>',
    en: 'give the output file with -o <file.docx>',
  },
  'cli/missing-inputs': {
    nl: 'geef een map of glob met inhoudsbestanden',
    en: 'give a directory or glob of content files',
  },
  'cli/missing-case-files': {
    nl: 'geef een map of glob met casusbestanden',
    en: 'give a directory or glob of case files',
  },
  'cli/missing-output-directory': {
    nl: 'geef de uitvoermap met -o <map>',
    en: 'give the output directory with -o <dir>',
  },
  'cli/invalid-jobs': {
    nl: 'geef een geheel getal van 1 of meer',
    en: 'give a whole number of 1 or more',
  },
  'cli/missing-case': {
    nl: 'geef een casusbestand of --first-sick-day',
    en: 'give a case file or --first-sick-day',
  },
  'cli/case-and-first-sick-day': {
    nl: 'geef een casusbestand óf --first-sick-day, niet allebei',
    en: 'give a case file or --first-sick-day, not both',
  },
  'cli/kind-mismatch': {
    nl: 'het inhoudsbestand is een document van een andere soort dan --kind',
    en: 'the content file is a document of another kind than --kind',
  },
  'cli/no-files': { nl: 'geen bestanden gevonden', en: 'no files found' },
  'cli/from-case-kind': {
    nl: 'geef met --kind welke spoor-2-rapportage: spoor-2-trajectplan, spoor-2-voortgang of spoor-2-eindrapportage',
    en: 'give with --kind which spoor-2 report: spoor-2-trajectplan, spoor-2-voortgang or spoor-2-eindrapportage',
  },
  'cli/from-case-and-content-file': {
    nl: 'geef een inhoudsbestand óf --from-case, niet allebei',
    en: 'give a content file or --from-case, not both',
  },
  'cli/only-with-from-case': {
    nl: 'deze optie hoort bij --from-case',
    en: 'this option belongs with --from-case',
  },
  'cli/only-for-voortgang': {
    nl: 'alleen een voortgangsrapportage (spoor-2-voortgang) heeft een periode en een nummer',
    en: 'only a progress report (spoor-2-voortgang) has a period and a number',
  },
  'cli/invalid-window': {
    nl: 'geef een geheel aantal dagen, 0 of meer',
    en: 'give a whole number of days, 0 or more',
  },
  'cli/invalid-number': {
    nl: 'geef een geheel getal van 1 of meer',
    en: 'give a whole number of 1 or more',
  },
  'cli/narrative-not-object': {
    nl: 'het verhaal moet een JSON-object zijn: een inhoudsbestand van de soort, zonder dossier',
    en: 'the narrative must be a JSON object: a content file of the kind, without a case',
  },
  'cli/narrative-has-case': {
    nl: 'het verhaal noemt geen dossier ("case"): dat komt uit --from-case',
    en: 'the narrative names no case ("case"): that comes from --from-case',
  },
  'cli/no-spoor2': {
    nl: 'dit dossier heeft geen spoor-2-traject (spoor2)',
    en: 'this case has no spoor-2 trajectory (spoor2)',
  },
  'cli/omit-bsn-verslag': {
    nl: 'een re-integratieverslag gaat naar UWV en draagt altijd het BSN',
    en: 'a re-integratieverslag goes to UWV and always carries the BSN',
  },
  'cli/output-clash': {
    nl: 'meer dan één invoerbestand met deze naam',
    en: 'more than one input file with this name',
  },
  'file/not-found': { nl: 'bestand niet gevonden', en: 'file not found' },
  'file/is-directory': {
    nl: 'dit is een map, geen bestand',
    en: 'this is a directory, not a file',
  },
  'file/no-permission': {
    nl: 'geen rechten voor dit bestand',
    en: 'no permission for this file',
  },
  'file/invalid-json': { nl: 'geen geldige JSON', en: 'not valid JSON' },
  'file/exists': {
    nl: 'bestaat al; gebruik --force om het te overschrijven',
    en: 'exists already; use --force to overwrite it',
  },
  'file/no-directory': { nl: 'de map bestaat niet', en: 'the directory does not exist' },
  'internal/error': { nl: 'interne fout', en: 'internal error' },
} as const satisfies Record<string, LocalizedText>;

/**
 * The code of a problem of the command line: a closed union derived from
 * {@link CLI_ISSUE_MESSAGES}.
 *
 * @example
 * ```ts
 * const code: CliIssueCode = 'file/exists';
 * ```
 * @category CLI
 */
export type CliIssueCode = keyof typeof CLI_ISSUE_MESSAGES;

/**
 * A problem the command reports, in the library's one issue shape. `argument` names the
 * command-line argument, option or file it is about (printed before the message); an issue about
 * a field of an input file has its `path` instead.
 *
 * @example
 * ```ts
 * const issue: CliIssue = { code: 'file/exists', argument: 'pva.docx', message: CLI_ISSUE_MESSAGES['file/exists'] };
 * ```
 * @category CLI
 */
export interface CliIssue extends Issue<string> {
  argument?: string | undefined;
}

/**
 * Builds a command-line issue. An option or word that is not a plain name (`--foo`, `en`) is
 * not repeated: it is written as `…`.
 *
 * @param code - The issue's code.
 * @param argument - The argument, option or file it is about.
 * @param detail - A sentence to add (a line and column, the choices).
 * @returns The issue.
 * @example
 * ```ts
 * cliIssue('cli/invalid-choice', '--format', { nl: 'kies uit text, json', en: 'choose one of text, json' });
 * ```
 * @category CLI
 */
export function cliIssue(code: CliIssueCode, argument?: string, detail?: LocalizedText): CliIssue {
  const base = CLI_ISSUE_MESSAGES[code];
  return {
    code,
    ...(argument === undefined ? {} : { argument }),
    message: detail ? { nl: `${base.nl}: ${detail.nl}`, en: `${base.en}: ${detail.en}` } : base,
  };
}

/**
 * An option as typed, when it may be shown: `--name` or `-n` with a plain name; else `…`.
 *
 * @param option - The option as typed.
 * @returns The option, or `…`.
 * @example
 * ```ts
 * shownOption('--foramt'); // '--foramt'
 * shownOption('--123456782'); // '…'
 * ```
 * @category CLI
 */
export function shownOption(option: string): string {
  const name = option.replace(/^--?/, '');
  return isSafeName(name) ? option : '…';
}
