import type { ResolvedDocumentContent } from '@poortwachter/schema';
import { type IPatch, PatchType, patchDetector, patchDocument, TextRun } from 'docx';
import { INTERNAL_COPY } from '../blocks/administrative-data-table.js';
import { conceptMarking } from '../blocks/concept-marking.js';
import { type BodyOptions, documentBody } from '../documents/document-body.js';
import { textRuns } from '../text/text-runs.js';
import { addNamedStyles } from './add-named-styles.js';
import { TemplatePlaceholderError } from './template-placeholder-error.js';
import {
  BODY_PLACEHOLDER,
  requiredPlaceholders,
  TEMPLATE_PLACEHOLDERS,
} from './template-placeholders.js';
import { type TemplateIssue, templateIssue } from './template-problems.js';

/**
 * Delimiters that no inserted text contains: a random key between brackets, drawn anew for every
 * fill and redrawn in the (practically impossible) case that a value holds it.
 */
const BSN_PLACEHOLDER = 'werknemer.bsn';

function delimitersAvoiding(values: readonly string[]): { start: string; end: string } {
  for (;;) {
    const key = [...crypto.getRandomValues(new Uint8Array(12))]
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('');
    if (!values.some((v) => v.includes(key))) return { start: `⟦${key}:`, end: '⟧' };
  }
}

/**
 * The step of `fillTemplate` after the completeness check: checks the template's placeholders
 * against the content, then fills them with docx's `patchDocument` so that no inserted text is
 * ever read as a placeholder.
 *
 * `patchDocument` applies one patch after another to the whole document, so a value that says
 * `{{inhoud}}` would be found, and replaced, by the patch of `{{inhoud}}` that comes after it.
 * Hence two passes: the first renames every placeholder of the template to the same name between
 * delimiters that no value contains (and inserts nothing else); the second fills them, with
 * `placeholderDelimiters` set to those delimiters. No inserted text can hold a placeholder of the
 * second pass, so every value is written exactly as it is.
 *
 * @param templateBytes - The template .docx.
 * @param content - Resolved content of any kind.
 * @param options - Theme, what is missing (makes a concept), rasterizer, and `allowIncomplete`.
 * @returns The filled .docx file.
 * @throws {@link TemplatePlaceholderError} as `fillTemplate` describes.
 * @example
 * ```ts
 * const bytes = await fillPlaceholders(template, content, { theme: defaultTheme, missing: [], allowIncomplete: false });
 * ```
 * @category Templates
 */
export async function fillPlaceholders(
  templateBytes: Uint8Array,
  content: ResolvedDocumentContent,
  options: BodyOptions & { allowIncomplete: boolean },
): Promise<Uint8Array> {
  const { theme, missing } = options;
  const found = new Set(await patchDetector({ data: templateBytes }));
  const issues: TemplateIssue[] = [];
  const values = new Map<string, string>();
  for (const placeholder of found) {
    if (placeholder === BODY_PLACEHOLDER) continue;
    const row = TEMPLATE_PLACEHOLDERS[placeholder];
    if (!row) {
      issues.push(templateIssue('template/unknown-placeholder', placeholder));
      continue;
    }
    // An internal copy (omitBsn) says so where the house style puts the BSN.
    const text =
      options.omitBsn && placeholder === BSN_PLACEHOLDER
        ? INTERNAL_COPY
        : row.value(content, theme)?.trim();
    if (!text && !options.allowIncomplete) {
      issues.push(templateIssue('template/no-value', placeholder, row.path));
      continue;
    }
    values.set(placeholder, text || '—');
  }
  for (const placeholder of requiredPlaceholders(content)) {
    if (!found.has(placeholder))
      issues.push(templateIssue('template/missing-placeholder', placeholder));
  }
  if (issues.length > 0) throw new TemplatePlaceholderError(issues);

  const delimiters = delimitersAvoiding([...values.values()]);
  const renamed = await patchDocument({
    outputType: 'uint8array',
    data: templateBytes,
    keepOriginalStyles: true,
    patches: Object.fromEntries(
      [...found].map((placeholder): [string, IPatch] => [
        placeholder,
        {
          type: PatchType.PARAGRAPH,
          children: [new TextRun(`${delimiters.start}${placeholder}${delimiters.end}`)],
        },
      ]),
    ),
  });
  const body = await documentBody(content, options);
  const patches: Record<string, IPatch> = {};
  for (const [placeholder, text] of values)
    patches[placeholder] = { type: PatchType.PARAGRAPH, children: textRuns(text) };
  patches[BODY_PLACEHOLDER] = {
    type: PatchType.DOCUMENT,
    children: missing.length ? [conceptMarking(theme), ...body] : body,
  };
  const filled = await patchDocument({
    outputType: 'uint8array',
    data: renamed,
    patches,
    keepOriginalStyles: true,
    placeholderDelimiters: delimiters,
  });
  return addNamedStyles(filled, theme);
}
