import type { Finding } from '@poortwachter/core';
import type { Lang } from '../detect-lang.js';
import type { Painter } from '../output/create-painter.js';
import { SEVERITY_DISPLAY } from './severity-display.js';

const TEXT = {
  nl: {
    none: 'Geen bevindingen.',
    findings: ['bevinding', 'bevindingen'],
    error: ['fout', 'fouten'],
    warning: ['waarschuwing', 'waarschuwingen'],
    info: ['info', 'info'],
  },
  en: {
    none: 'No findings.',
    findings: ['finding', 'findings'],
    error: ['error', 'errors'],
    warning: ['warning', 'warnings'],
    info: ['info', 'info'],
  },
} as const;

const count = (n: number, [one, many]: readonly [string, string]): string =>
  `${n} ${n === 1 ? one : many}`;

/**
 * Writes compliance findings as text: one line per finding with its severity, code and message
 * (in the order given: `checkCase()` sorts by due date), then a count per severity. Only the
 * severity is coloured.
 *
 * @param findings - The findings of `checkCase()`.
 * @param lang - The language of severities and messages.
 * @param paint - Colours the severities (see {@link createPainter}).
 * @returns The text, ending in a newline.
 * @example
 * ```ts
 * formatFindingsText(checkCase(caseFile, { asOf: '2025-03-01' }), 'nl', createPainter(false));
 * // 'fout  probleemanalyse/overdue  De probleemanalyse had uiterlijk 16 februari 2025 klaar moeten zijn.\n\n1 bevinding: 1 fout\n'
 * ```
 * @category Output
 */
export function formatFindingsText(
  findings: readonly Finding[],
  lang: Lang,
  paint: Painter,
): string {
  const t = TEXT[lang];
  if (findings.length === 0) return `${t.none}\n`;
  const width = Math.max(...findings.map((f) => SEVERITY_DISPLAY[f.severity].label[lang].length));
  const codeWidth = Math.max(...findings.map((f) => f.code.length));
  const lines = findings.map((f) => {
    const severity = SEVERITY_DISPLAY[f.severity];
    const label = severity.label[lang];
    return `${paint(severity.style, label)}${' '.repeat(width - label.length)}  ${f.code.padEnd(codeWidth)}  ${f.message[lang]}`;
  });
  const counts = (['error', 'warning', 'info'] as const)
    .map((s) => ({ s, n: findings.filter((f) => f.severity === s).length }))
    .filter(({ n }) => n > 0)
    .map(({ s, n }) => count(n, t[s]));
  return `${lines.join('\n')}\n\n${count(findings.length, t.findings)}: ${counts.join(', ')}\n`;
}
