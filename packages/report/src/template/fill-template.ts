import type { ResolvedDocumentContent } from '@poortwachter/schema';
import { refuseIncomplete } from '../render/refuse-incomplete.js';
import type { RenderArguments } from '../render/render-options.js';
import { defaultTheme } from '../theme/default-theme.js';

/**
 * Fills a customer's own .docx (a letterhead in their house style) with a document. Text
 * placeholders take the content's values with the template's formatting, and the paragraph
 * holding `{{inhoud}}` is replaced by the document's body:
 *
 * - `{{werknemer.naam}}`, `{{werknemer.bsn}}`, `{{werknemer.adres}}`,
 *   `{{werknemer.geboortedatum}}`, `{{werknemer.functie}}`, `{{werknemer.uren}}`;
 * - `{{werkgever.naam}}`, `{{werkgever.adres}}`, `{{werkgever.loonheffingennummer}}`;
 * - `{{bedrijfsarts.naam}}`, `{{bedrijfsarts.organisatie}}`, `{{casemanager.naam}}`,
 *   `{{casemanager.functie}}`;
 * - `{{document.titel}}`, `{{document.datum}}`, `{{document.versie}}`, `{{document.auteurs}}`,
 *   `{{eersteZiektedag}}`;
 * - `{{organisatie.naam}}`, `{{organisatie.adres}}` (from the theme);
 * - `{{inhoud}}`, alone in its paragraph: the body.
 *
 * A template must hold `{{inhoud}}`, `{{document.titel}}`, `{{document.datum}}`,
 * `{{werknemer.naam}}` and, for every kind but the dossieroverzicht, `{{werknemer.bsn}}`.
 * Text from the content is never read as a placeholder, even when it looks like one (an
 * employee named `{{inhoud}}` is written as such). The completeness check runs first, as in
 * `renderDocument`; a concept starts with the "CONCEPT — onvolledig" marking. docx is loaded on
 * the first call.
 *
 * @param templateBytes - The template .docx.
 * @param content - Resolved content of any kind.
 * @param args - As for `renderDocument`; the theme fills `{{organisatie.*}}` and styles the body.
 * @returns The filled .docx file.
 * @throws {@link TemplatePlaceholderError} listing every placeholder without a value (unknown, or
 *   empty for this content unless `allowIncomplete`) and every required one the template lacks.
 * @throws {@link DocumentIncompleteError} as `renderDocument` does.
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 *
 * const bytes = await fillTemplate(await readFile('huisstijl.docx'), planVanAanpak, { asOf: '2025-03-26' });
 * ```
 * @category Templates
 */
export async function fillTemplate<C extends ResolvedDocumentContent>(
  templateBytes: Uint8Array,
  content: C,
  ...args: RenderArguments<C['kind']>
): Promise<Uint8Array> {
  const options = args[0] ?? {};
  const missing = refuseIncomplete(content, options);
  const { fillPlaceholders } = await import('./fill-placeholders.js');
  return fillPlaceholders(templateBytes, content, {
    theme: options.theme ?? defaultTheme,
    missing,
    rasterizer: options.rasterizer,
    omitBsn: options.omitBsn ?? false,
    allowIncomplete: options.allowIncomplete ?? false,
  });
}
