import type { Finding } from '@poortwachter/core';
import { Paragraph, TextRun } from 'docx';
import { fieldPathLabel } from '../format/field-labels.js';
import { NAMED_STYLES } from '../layout/named-styles.js';
import { textRuns } from '../text/text-runs.js';
import type { Theme } from '../theme/theme.js';
import { heading } from './heading.js';

const where = (finding: Finding): string | undefined =>
  finding.path?.length ? fieldPathLabel(finding.path) : undefined;

/**
 * The list, at the top of a concept document, of what still blocks it from being filed: the
 * Dutch message of each `error` finding of the completeness check, with the content field it
 * concerns, named in Dutch (`fieldPathLabel`).
 *
 * @param findings - The `error` findings of `checkDocument`.
 * @param theme - The concept colour.
 * @returns A heading and one bullet per finding.
 * @example
 * ```ts
 * const errors = checkDocument(content).filter((f) => f.severity === 'error');
 * const children = [...missingContentList(errors, defaultTheme), privacyLine(defaultTheme)];
 * ```
 * @category Blocks
 */
export function missingContentList(findings: readonly Finding[], theme: Theme): Paragraph[] {
  return [
    heading('Nog niet compleet', 2),
    ...findings.map(
      (finding) =>
        new Paragraph({
          bullet: { level: 0 },
          spacing: { after: 40 },
          children: [
            ...textRuns(finding.message.nl, { color: theme.colors.concept }),
            ...(where(finding)
              ? [new TextRun({ text: ` (${where(finding)})`, style: NAMED_STYLES.label.id })]
              : []),
          ],
        }),
    ),
  ];
}
