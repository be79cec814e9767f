import type { ResolvedDocumentContent } from '@poortwachter/schema';
import { type IPatch, PatchType, patchDetector, patchDocument } from 'docx';
import { conceptMarking } from '../blocks/concept-marking.js';
import { documentBody } from '../documents/document-body.js';
import { refuseIncomplete } from '../render/refuse-incomplete.js';
import type { RenderOptions } from '../render/render-options.js';
import { textRuns } from '../text/text-runs.js';
import { defaultTheme } from '../theme/default-theme.js';
import { type TemplateIssue, TemplatePlaceholderError } from './template-placeholder-error.js';
import {
  BODY_PLACEHOLDER,
  requiredPlaceholders,
  TEMPLATE_PLACEHOLDERS,
} from './template-placeholders.js';

/**
 * Fills a customer's own .docx (a letterhead in their house style) with a document, using docx's
 * `patchDocument`: text placeholders such as `{{werknemer.naam}}`, `{{werknemer.bsn}}`,
 * `{{document.titel}}`, `{{document.datum}}` and `{{eersteZiektedag}}` (see
 * {@link TEMPLATE_PLACEHOLDERS}) take the content's values with the template's formatting, and
 * the paragraph holding `{{inhoud}}` is replaced by the document's body. The completeness check
 * runs first, as in `renderDocument`; a concept starts with the "CONCEPT — onvolledig" marking.
 *
 * @param templateBytes - The template .docx.
 * @param content - Resolved content of any kind.
 * @param options - As for `renderDocument`; the theme fills `{{organisatie.*}}` and styles the body.
 * @returns The filled .docx file.
 * @throws {@link TemplatePlaceholderError} listing every placeholder without a value (unknown, or
 *   empty for this content unless `allowIncomplete`) and every required one the template lacks.
 * @throws `DocumentIncompleteError` as `renderDocument` does.
 * @example
 * ```ts
 * const bytes = await fillTemplate(await readFile('huisstijl.docx'), content, { asOf: '2025-03-26' });
 * ```
 * @category Templates
 */
export async function fillTemplate(
  templateBytes: Uint8Array,
  content: ResolvedDocumentContent,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const missing = refuseIncomplete(content, options);
  const theme = options.theme ?? defaultTheme;
  const found = new Set(await patchDetector({ data: templateBytes }));
  const issues: TemplateIssue[] = [];
  const patches: Record<string, IPatch> = {};
  for (const placeholder of found) {
    if (placeholder === BODY_PLACEHOLDER) continue;
    const value = TEMPLATE_PLACEHOLDERS[placeholder];
    if (!value) {
      issues.push({
        placeholder,
        code: 'template/unknown-placeholder',
        message: {
          nl: 'Deze plaatshouder kent de bibliotheek niet.',
          en: 'This library does not know this placeholder.',
        },
      });
      continue;
    }
    const text = value(content, theme)?.trim();
    if (!text && !options.allowIncomplete) {
      issues.push({
        placeholder,
        code: 'template/no-value',
        message: {
          nl: 'Het document heeft hiervoor geen waarde.',
          en: 'The document has no value for it.',
        },
      });
      continue;
    }
    patches[placeholder] = { type: PatchType.PARAGRAPH, children: textRuns(text || '—') };
  }
  for (const placeholder of requiredPlaceholders(content)) {
    if (!found.has(placeholder)) {
      issues.push({
        placeholder,
        code: 'template/missing-placeholder',
        message: {
          nl: 'Het sjabloon mist deze verplichte plaatshouder.',
          en: 'The template lacks this required placeholder.',
        },
      });
    }
  }
  if (issues.length > 0) throw new TemplatePlaceholderError(issues);
  const body = await documentBody(content, { theme, missing, rasterizer: options.rasterizer });
  patches[BODY_PLACEHOLDER] = {
    type: PatchType.DOCUMENT,
    children: missing.length ? [conceptMarking(theme), ...body] : body,
  };
  return patchDocument({
    outputType: 'uint8array',
    data: templateBytes,
    patches,
    keepOriginalStyles: true,
  });
}
