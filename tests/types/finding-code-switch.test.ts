import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  SNIPPET_DIR,
  type Snippet,
  snippetProgram,
  typecheckSnippets,
} from '../docs/typecheck-snippets.js';

const HERE = 'tests/types/finding-code-switch.test.ts';
const snippet = (name: string, code: string): Snippet => ({
  name,
  code,
  prefixLines: 0,
  origin: { file: `${HERE} (${name})`, line: 0 },
});

/**
 * The members of FindingCode as TypeScript sees them: string literals (`probleemanalyse/overdue`)
 * and template literal types (`evaluatie-${number}/overdue`), read from the type itself so that
 * this test follows every change of the rule tables.
 */
function findingCodeMembers(): { literals: string[]; patterns: string[] } {
  const probe = snippet(
    'probe.ts',
    "import type { FindingCode } from '@poortwachter/core';\nexport declare const code: FindingCode;\n",
  );
  const program = snippetProgram([probe]);
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(SNIPPET_DIR + probe.name);
  const statement = file?.statements.find(ts.isVariableStatement);
  const declaration = statement?.declarationList.declarations[0];
  if (!declaration) throw new Error('probe not found');
  const type = checker.getTypeAtLocation(declaration.name);
  const members = type.isUnion() ? type.types : [type];
  return {
    literals: members
      .filter((t) => t.isStringLiteral())
      .map((t) => (t as ts.StringLiteralType).value),
    patterns: members
      .filter((t) => (t.flags & ts.TypeFlags.TemplateLiteral) !== 0)
      .map((t) => checker.typeToString(t)),
  };
}

/**
 * A module with `switch (finding.code)` over the given cases, after a type guard that takes out
 * the codes of recurring milestones (`evaluatie-3/overdue`: infinitely many, matched by pattern),
 * and `satisfies never` in the default: it compiles only when the cases are complete.
 */
function switchModule(cases: readonly string[], patterns: readonly string[]): string {
  return [
    "import type { Finding, FindingCode } from '@poortwachter/core';",
    `declare function isNumbered(code: FindingCode): code is ${patterns.join(' | ') || 'never'};`,
    'export function handle(finding: Finding<FindingCode>): string {',
    '  const code = finding.code;',
    "  if (isNumbered(code)) return 'numbered';",
    '  switch (code) {',
    ...cases.map((c) => `    case ${JSON.stringify(c)}:`),
    "      return 'handled';",
    '    default:',
    '      return code satisfies never;',
    '  }',
    '}',
    '',
  ].join('\n');
}

describe('switch (finding.code) is checked for completeness', () => {
  it('over every FindingCode: complete compiles, one case missing or a typo does not', () => {
    const { literals, patterns } = findingCodeMembers();
    // The union is closed and spans every kind of finding.
    expect(literals.length).toBeGreaterThan(40);
    for (const code of [
      'probleemanalyse/overdue',
      'plan-van-aanpak/late-with-motivation',
      'start-spoor-2/no-decision',
      'evaluatie/gap',
      'rules/version',
    ])
      expect(literals).toContain(code);
    expect(patterns).toContain(`\`evaluatie-\${number}/overdue\``);

    const problems = typecheckSnippets([
      snippet('complete.ts', switchModule(literals, patterns)),
      snippet('missing.ts', switchModule(literals.slice(1), patterns)),
      snippet('typo.ts', switchModule([...literals, 'probleemanalyse/overdeu'], patterns)),
    ]);
    expect(problems.filter((p) => p.includes('(complete.ts)'))).toEqual([]);
    expect(problems.filter((p) => p.includes('(missing.ts)'))).toEqual([
      expect.stringMatching(
        new RegExp(`Type '"${literals[0]}"' does not satisfy the expected type 'never'`),
      ),
    ]);
    expect(problems.filter((p) => p.includes('(typo.ts)'))).toEqual([
      expect.stringMatching(/'"probleemanalyse\/overdeu"' is not comparable to type/),
    ]);
  }, 180_000);
});
