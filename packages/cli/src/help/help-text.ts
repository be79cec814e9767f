import type { Lang } from '../detect-lang.js';

/**
 * The topics `--help` knows: the command as a whole and each subcommand.
 *
 * @example
 * ```ts
 * const topic: HelpTopic = 'batch';
 * ```
 * @category CLI
 */
export type HelpTopic = 'main' | 'timeline' | 'check' | 'spoor2' | 'report' | 'batch' | 'portfolio';

const EXIT_NL = `Afsluitcodes: 0 klaar; 1 klaar, maar er vraagt iets aandacht; 2 het verzoek zelf klopt niet
(onleesbare of ongeldige invoer, ontbrekend bestand, onbekende optie, uitvoer bestaat al);
130 gestopt met Ctrl-C. Met --format json gaan problemen als { "issues": [...] } naar stderr.`;
const EXIT_EN = `Exit codes: 0 done; 1 done, but something needs attention; 2 the request itself was wrong
(unreadable or invalid input, missing file, unknown option, output exists already);
130 stopped by Ctrl-C. With --format json, problems go to stderr as { "issues": [...] }.`;

const HELP: Record<HelpTopic, Record<Lang, string>> = {
  main: {
    nl: `poortwachter: termijnen, controles en documenten voor de Wet verbetering poortwachter

Gebruik: poortwachter <commando> [opties]

Commando's:
  timeline <case.json>   de tijdlijn van een verzuimdossier (tekst, JSON of iCalendar)
  check <case.json>      controleer een dossier op gemiste en naderende termijnen
  spoor2 <case.json>     fase, cijfers en bevindingen van het spoor-2-traject
  report <content.json>  maak een Word-document (plan van aanpak, RIV, …)
  batch <map-of-glob>    maak veel Word-documenten tegelijk
  portfolio <map-of-glob>  werklijst en cijfers over veel dossiers

Algemene opties:
  -h, --help             hulp, ook per commando: poortwachter <commando> --help
  -v, --version          de versie
  --lang nl|en           taal van uitvoer en meldingen (standaard nl)

Problemen gaan naar stderr, één per regel: <veld>: <melding>.
${EXIT_NL}
`,
    en: `poortwachter: deadlines, checks and documents for the Dutch Wet verbetering poortwachter

Usage: poortwachter <command> [options]

Commands:
  timeline <case.json>   the timeline of a sick-leave case (text, JSON or iCalendar)
  check <case.json>      check a case for missed and upcoming deadlines
  spoor2 <case.json>     phase, figures and findings of the spoor-2 trajectory
  report <content.json>  make a Word document (plan van aanpak, RIV, …)
  batch <dir-or-glob>    make many Word documents at once
  portfolio <dir-or-glob>  work list and figures across many cases

General options:
  -h, --help             help, also per command: poortwachter <command> --help
  -v, --version          the version
  --lang nl|en           language of output and messages (default nl)

Problems go to stderr, one per line: <field>: <message>.
${EXIT_EN}
`,
  },
  timeline: {
    nl: `Gebruik: poortwachter timeline <case.json> [opties]
        poortwachter timeline --first-sick-day JJJJ-MM-DD [opties]

De mijlpalen van de laatste ziekteketen met termijn, status en datum van uitvoering, en het
einde van de wachttijd (104 weken). Met --first-sick-day: snel kijken naar een dossier met één
open ziekteperiode vanaf die dag.

Opties:
  --as-of JJJJ-MM-DD        peildatum voor de statussen (standaard vandaag, Europe/Amsterdam)
  --format text|json|ics    tabel (standaard), JSON zoals computeTimeline(), of iCalendar
  --explain                 met de toelichting van elke datum (welke ziektedag, welke dagen
                            tussendoor niet meetellen, welke lezing, welke werkdag)
  --full-name               iCalendar: de volledige naam van de werknemer in de titels
                            (standaard het dossierkenmerk of de initialen)
  --first-sick-day JJJJ-MM-DD  eerste ziektedag, in plaats van een casusbestand (zonder
                            --as-of alleen de data, geen statussen)
  --lang nl|en              taal (standaard nl)
  -h, --help                deze hulp

Voorbeeld: poortwachter timeline dossier.json --as-of 2025-09-01 --format ics > termijnen.ics
${EXIT_NL}
`,
    en: `Usage: poortwachter timeline <case.json> [options]
       poortwachter timeline --first-sick-day YYYY-MM-DD [options]

The milestones of the latest chain of sick periods with deadline, status and date done, and
the end of the waiting period (104 weeks). With --first-sick-day: a quick look at a case with
one open sick period from that day.

Options:
  --as-of YYYY-MM-DD        the date statuses are computed for (default today, Europe/Amsterdam)
  --format text|json|ics    table (default), JSON as computeTimeline() returns it, or iCalendar
  --first-sick-day YYYY-MM-DD  first sick day, instead of a case file
  --lang nl|en              language (default nl)
  -h, --help                this help

Example: poortwachter timeline case.json --as-of 2025-09-01 --format ics > deadlines.ics
${EXIT_EN}
`,
  },
  check: {
    nl: `Gebruik: poortwachter check <case.json> [opties]

Controleert een verzuimdossier: te late, gemiste en naderende termijnen en andere bevindingen,
elk met ernst (fout, waarschuwing, info). Afsluitcode 1 bij minstens één fout.

Opties:
  --as-of JJJJ-MM-DD   peildatum (standaard vandaag, Europe/Amsterdam)
  --format text|json   één regel per bevinding (standaard), of JSON: { "findings": [...] }
  --lang nl|en         taal (standaard nl)
  -h, --help           deze hulp

Voorbeeld: poortwachter check dossier.json --as-of 2025-09-01
${EXIT_NL}
`,
    en: `Usage: poortwachter check <case.json> [options]

Checks a sick-leave case: late, missed and upcoming deadlines and other findings, each with a
severity (error, warning, info). Exit code 1 when there is at least one error.

Options:
  --as-of YYYY-MM-DD   the date to check for (default today, Europe/Amsterdam)
  --format text|json   one line per finding (default), or JSON: { "findings": [...] }
  --lang nl|en         language (default nl)
  -h, --help           this help

Example: poortwachter check case.json --as-of 2025-09-01
${EXIT_EN}
`,
  },
  spoor2: {
    nl: `Gebruik: poortwachter spoor2 <case.json> [opties]

Beoordeelt het spoor-2-traject van een dossier zoals UWV het leest: de huidige fase, de cijfers
(sollicitaties, activiteiten, uren per vorm, online aandeel, rapportages) en de bevindingen,
elk met ernst en de periode waar ze over gaan. Afsluitcode 1 bij minstens één fout.

Opties:
  --as-of JJJJ-MM-DD   peildatum (standaard vandaag, Europe/Amsterdam)
  --format text|json   leesbare samenvatting (standaard), of JSON zoals assessSpoor2()
  --lang nl|en         taal (standaard nl)
  -h, --help           deze hulp

Voorbeeld: poortwachter spoor2 dossier.json --as-of 2025-06-20
${EXIT_NL}
`,
    en: `Usage: poortwachter spoor2 <case.json> [options]

Assesses the spoor-2 trajectory of a case as UWV reads it: the current phase, the figures
(applications, activities, hours by mode, online share, reports) and the findings, each with a
severity and the period it concerns. Exit code 1 when there is at least one error.

Options:
  --as-of YYYY-MM-DD   the date to assess on (default today, Europe/Amsterdam)
  --format text|json   a readable summary (default), or JSON as assessSpoor2()
  --lang nl|en         language (default nl)
  -h, --help           this help

Example: poortwachter spoor2 case.json --as-of 2025-06-20
${EXIT_EN}
`,
  },
  report: {
    nl: `Gebruik: poortwachter report <content.json> -o <bestand.docx> [opties]
        poortwachter report --from-case <case.json> --kind <spoor-2-soort> -o <bestand.docx> [opties]
        poortwachter report portfolio <map-of-glob>… -o <bestand.docx> [opties]
        poortwachter report --list

Maakt een Word-document uit een inhoudsbestand. De soort staat in het bestand ("kind"); het
dossier ("case") en de delen van een re-integratieverslag worden gelezen relatief aan het
inhoudsbestand. Een onvolledig document wordt geweigerd (bevindingen op stderr, afsluitcode 1).
Het bestand wordt in zijn geheel geschreven of helemaal niet.

Met --from-case maakt het een spoor-2-rapportage (spoor-2-trajectplan, spoor-2-voortgang of
spoor-2-eindrapportage) rechtstreeks uit het spoor-2-traject van het dossier: data,
activiteiten, sollicitaties, totalen, uren per vorm en fasen komen uit het logboek; het
verhaal (persoonsprofiel, belemmeringen, advies, visie van de werknemer, ondertekening) uit
--narrative, een inhoudsbestand van die soort zonder "case". Zonder auteurs of ondertekenaars in
het verhaal zijn dat de loopbaanadviseur uit het dossier en de werknemer.

Met portfolio maakt het een managementrapportage over alle casusbestanden in een map of bij een
glob (zoals poortwachter portfolio ze leest): aantallen, tijdigheid, spoor-2-cijfers en de trend
per kwartaal in tabellen en grafieken, en de werklijst als bijlage. Alleen dossierkenmerken,
geen namen en niets medisch. De organisatie op het titelblad komt uit --theme. Ongeldige
bestanden worden overgeslagen en genoemd (afsluitcode 1). Opties daarbij: --as-of, --window N,
--group-by sleutel[,sleutel], --theme, --force.

Opties:
  -o, --output <bestand>   het te schrijven .docx-bestand (verplicht)
  --kind <soort>           controleer dat het bestand deze soort is (met --from-case: verplicht)
  --theme <theme.json>     huisstijl: lettertypen, kleuren, logo
  --template <sjabloon.docx>  vul een eigen Word-sjabloon in plaats van de standaardopmaak
  --allow-incomplete       maak het document ook als het onvolledig is
  --omit-bsn               interne kopie zonder BSN (niet voor een re-integratieverslag)
  --force                  overschrijf een bestaand bestand
  --as-of JJJJ-MM-DD       peildatum (standaard vandaag, Europe/Amsterdam)
  --list                   toon de documentsoorten
  --lang nl|en             taal van meldingen (standaard nl); documenten zijn Nederlands
  -h, --help               deze hulp

Met --from-case <case.json>:
  --narrative <n.json>     het verhaal: een inhoudsbestand van de soort, zonder "case"
  --date JJJJ-MM-DD        datum van de rapportage (standaard die van het verhaal, anders --as-of)
  --from JJJJ-MM-DD        begin van de periode van een voortgangsrapportage (standaard de dag na
                           de vorige voortgangsrapportage in spoor2.reports, anders de intake)
  --to JJJJ-MM-DD          einde van de periode (standaard de datum van de rapportage)
  --number N               nummer van een voortgangsrapportage (standaard uit spoor2.reports)

Voorbeelden: poortwachter report plan.json -o plan-van-aanpak.docx
  poortwachter report --from-case case.json --kind spoor-2-voortgang --from 2025-04-12 \\
    --to 2025-05-23 --date 2025-05-26 --narrative voortgang-2.json -o voortgang-2.docx
  poortwachter report portfolio dossiers/ --as-of 2025-09-01 --group-by afdeling -o rapportage.docx
${EXIT_NL}
`,
    en: `Usage: poortwachter report <content.json> -o <file.docx> [options]
       poortwachter report --from-case <case.json> --kind <spoor-2-kind> -o <file.docx> [options]
       poortwachter report portfolio <dir-or-glob>… -o <file.docx> [options]
       poortwachter report --list

Makes a Word document from a content file. The kind is in the file ("kind"); the case ("case")
and the parts of a re-integratieverslag are read relative to the content file. An incomplete
document is refused (findings on stderr, exit code 1). The file is written whole or not at all.

With --from-case it makes a spoor-2 report (spoor-2-trajectplan, spoor-2-voortgang or
spoor-2-eindrapportage) straight from the case's spoor-2 trajectory: dates, activities,
applications, totals, hours by mode and phases come from the log; the narrative (persoonsprofiel,
obstacles, advice, the employee's view, signatures) from --narrative, a content file of that kind
without "case". Without authors or signatories in the narrative, they are the case's career
adviser and the employee.

With portfolio it makes a management report on every case file in a directory or matching a
glob (read as poortwachter portfolio reads them): counts, timeliness, spoor-2 figures and the
trend by quarter in tables and charts, with the work list as an appendix. Case references only,
no names and nothing medical. The organisation on the title page comes from --theme. Invalid
files are skipped and listed (exit code 1). Options with it: --as-of, --window N,
--group-by key[,key], --theme, --force.

Options:
  -o, --output <file>      the .docx file to write (required)
  --kind <kind>            check that the file is of this kind (with --from-case: required)
  --theme <theme.json>     house style: fonts, colours, logo
  --template <template.docx>  fill your own Word template instead of the standard layout
  --allow-incomplete       make the document even when it is incomplete
  --omit-bsn               an internal copy without the BSN (not for a re-integratieverslag)
  --force                  overwrite an existing file
  --as-of YYYY-MM-DD       the date statuses are computed for (default today, Europe/Amsterdam)
  --list                   list the document kinds
  --lang nl|en             language of messages (default nl); documents are in Dutch
  -h, --help               this help

With --from-case <case.json>:
  --narrative <n.json>     the narrative: a content file of the kind, without "case"
  --date YYYY-MM-DD        the report's date (default the narrative's, else --as-of)
  --from YYYY-MM-DD        start of a progress report's period (default the day after the
                           previous progress report in spoor2.reports, else the intake)
  --to YYYY-MM-DD          end of the period (default the report's date)
  --number N               number of a progress report (default from spoor2.reports)

Examples: poortwachter report plan.json -o plan-van-aanpak.docx
  poortwachter report --from-case case.json --kind spoor-2-voortgang --from 2025-04-12 \\
    --to 2025-05-23 --date 2025-05-26 --narrative progress-2.json -o progress-2.docx
  poortwachter report portfolio cases/ --as-of 2025-09-01 --group-by afdeling -o report.docx
${EXIT_EN}
`,
  },
  batch: {
    nl: `Gebruik: poortwachter batch <map-of-glob>… -o <uitvoermap> [opties]

Maakt een Word-document van elk inhoudsbestand (*.json) in een map of bij een glob, parallel op
alle kernen. Uitvoer: <uitvoermap>/<naam zonder .json>.docx. Bestanden zonder "kind" (zoals
casusbestanden) worden overgeslagen en genoemd. Een voortgangsbalk verschijnt op een terminal.
Afsluitcode 1 als een document mislukt. Ctrl-C stopt de workers en verwijdert halve bestanden
(afsluitcode 130); klare documenten blijven staan.

Opties:
  -o, --output <map>       de uitvoermap (verplicht; wordt aangemaakt)
  --force                  overschrijf bestaande bestanden
  --allow-incomplete       maak documenten ook als ze onvolledig zijn
  --omit-bsn               interne kopieën zonder BSN (een re-integratieverslag faalt)
  --jobs N                 aantal parallelle workers (standaard: aantal kernen)
  --as-of JJJJ-MM-DD       peildatum (standaard vandaag, Europe/Amsterdam)
  --lang nl|en             taal van meldingen (standaard nl)
  -h, --help               deze hulp

Voorbeeld: poortwachter batch 'dossiers/**/*.json' -o uit/
${EXIT_NL}
`,
    en: `Usage: poortwachter batch <dir-or-glob>… -o <outdir> [options]

Makes a Word document of every content file (*.json) in a directory or matching a glob, in
parallel on all cores. Output: <outdir>/<name without .json>.docx. Files without a "kind" (such
as case files) are skipped and listed. A progress bar shows on a terminal. Exit code 1 when a
document fails. Ctrl-C stops the workers and removes half-written files (exit code 130);
finished documents stay.

Options:
  -o, --output <dir>       the output directory (required; created when missing)
  --force                  overwrite existing files
  --allow-incomplete       make documents even when they are incomplete
  --omit-bsn               internal copies without the BSN (a re-integratieverslag fails)
  --jobs N                 number of parallel workers (default: number of cores)
  --as-of YYYY-MM-DD       the date statuses are computed for (default today, Europe/Amsterdam)
  --lang nl|en             language of messages (default nl)
  -h, --help               this help

Example: poortwachter batch 'cases/**/*.json' -o out/
${EXIT_EN}
`,
  },
  portfolio: {
    nl: `Gebruik: poortwachter portfolio <map-of-glob>… [opties]

Leest alle casusbestanden (*.json) in een map of bij een glob, één voor één, en toont de
portefeuille op de peildatum: eerst de werklijst (alles wat te laat is of binnen het venster
valt, op datum, met dossierkenmerk, wie aan zet is en de melding), dan de cijfers: dossiers per
fase, spoor 2, tijdigheid per mijlpaal, spoor-2-trajecten en de trend per kwartaal van de eerste
ziektedag; met --group-by ook per groep. Een dossier heet naar zijn externalRef, anders naar
zijn bestandsnaam. Ongeldige bestanden worden overgeslagen en met hun problemen genoemd; de run
gaat door en eindigt met afsluitcode 1. Een voortgangsbalk verschijnt alleen op een terminal.

Opties:
  --as-of JJJJ-MM-DD       peildatum (standaard vandaag, Europe/Amsterdam)
  --window N               dagen vooruit in de werklijst (standaard 14)
  --group-by sleutel[,sleutel]  groepeer op sleutels van "groups" (afdeling, locatie, …)
  --format text|json|csv   tabellen (standaard); JSON: { "summary", "workList" }; CSV: de
                           cijfertabel (scope, group, figure, value)
  --lang nl|en             taal (standaard nl)
  -h, --help               deze hulp

Voorbeeld: poortwachter portfolio dossiers/ --as-of 2025-09-01 --group-by afdeling
Een Word-rapportage: poortwachter report portfolio dossiers/ -o rapportage.docx
${EXIT_NL}
`,
    en: `Usage: poortwachter portfolio <dir-or-glob>… [options]

Reads every case file (*.json) in a directory or matching a glob, one at a time, and shows the
portfolio as of the date: first the work list (everything overdue or due within the window, by
date, with the case reference, who acts and the message), then the figures: cases by phase,
spoor 2, timeliness by milestone, spoor-2 trajectories and the trend by quarter of the first sick
day; with --group-by also per group. A case is named by its externalRef, else by its file name.
Invalid files are skipped and listed with their problems; the run goes on and ends with exit
code 1. A progress bar shows only on a terminal.

Options:
  --as-of YYYY-MM-DD       the date of the view (default today, Europe/Amsterdam)
  --window N               days ahead in the work list (default 14)
  --group-by key[,key]     group by keys of "groups" (department, location, …)
  --format text|json|csv   tables (default); JSON: { "summary", "workList" }; CSV: the
                           figures table (scope, group, figure, value)
  --lang nl|en             language (default nl)
  -h, --help               this help

Example: poortwachter portfolio cases/ --as-of 2025-09-01 --group-by afdeling
A Word report: poortwachter report portfolio cases/ -o report.docx
${EXIT_EN}
`,
  },
};

/**
 * The `--help` text of the command or of one subcommand.
 *
 * @param topic - `main` or a subcommand.
 * @param lang - Dutch (default of the command) or English.
 * @returns The text, ending in a newline.
 * @example
 * ```ts
 * helpText('timeline', 'en').startsWith('Usage: poortwachter timeline'); // true
 * ```
 * @category CLI
 */
export function helpText(topic: HelpTopic, lang: Lang): string {
  return HELP[topic][lang];
}
