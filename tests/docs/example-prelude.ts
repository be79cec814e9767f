/**
 * The names a TSDoc `@example` may use without declaring them: what a caller already has in
 * hand before the line the example shows. Every other name an example uses is either an export
 * of the example's own package (in scope in every example, as if imported) or imported or
 * declared by the example itself (`import { readFile } from 'node:fs/promises'`, `import { z }
 * from 'zod'`, another package's export). An example that declares one of these names itself
 * (`const content = …`) uses its own.
 *
 * @example
 * ```ts
 * EXAMPLE_PRELUDE.find((p) => p.name === 'caseFile')?.declaration; // "declare const caseFile: …"
 * ```
 * @category Documentation
 */
export const EXAMPLE_PRELUDE: readonly { name: string; what: string; declaration: string }[] = [
  ['input', 'untrusted data: a parsed JSON request body or file, not yet validated', 'unknown'],
  ['caseFile', 'a validated case file (`parseCase(input).data`)', 'Case'],
  [
    'content',
    'validated document content of any kind but the dossieroverzicht (`parseDocumentContent`)',
    "Exclude<ResolvedDocumentContent, { kind: 'dossieroverzicht' }>",
  ],
  ['planVanAanpak', 'a validated plan van aanpak', "ResolvedContentOf<'plan-van-aanpak'>"],
  ['bijstelling', 'a validated bijstelling', "ResolvedContentOf<'bijstelling'>"],
  [
    'eerstejaarsevaluatie',
    'a validated eerstejaarsevaluatie',
    "ResolvedContentOf<'eerstejaarsevaluatie'>",
  ],
  ['trajectplan', 'a validated spoor-2 trajectplan', "ResolvedContentOf<'spoor-2-trajectplan'>"],
  [
    'voortgang',
    'a validated spoor-2 voortgangsrapportage',
    "ResolvedContentOf<'spoor-2-voortgang'>",
  ],
  [
    'eindrapportage',
    'a validated spoor-2 eindrapportage',
    "ResolvedContentOf<'spoor-2-eindrapportage'>",
  ],
  ['verslag', 'a validated re-integratieverslag', "ResolvedContentOf<'re-integratieverslag'>"],
  ['overzicht', 'a validated dossieroverzicht', "ResolvedContentOf<'dossieroverzicht'>"],
  [
    'cases',
    'the cases of a portfolio, read one at a time (an array or any iterable)',
    "readonly import('@poortwachter/core').PortfolioCase[]",
  ],
  [
    'summary',
    'a portfolio summary (`summarizePortfolio(cases, options)`)',
    "import('@poortwachter/core').PortfolioSummary",
  ],
  [
    'trajectory',
    "a case's spoor-2 trajectory (`caseFile.spoor2`)",
    "import('@poortwachter/core').Spoor2Trajectory",
  ],
].map(([name = '', what = '', type = '']) => ({
  name,
  what,
  declaration: `declare const ${name}: ${type.replace(/\b(Case|ResolvedDocumentContent|ResolvedContentOf)\b/g, "import('@poortwachter/schema').$1")};`,
}));
