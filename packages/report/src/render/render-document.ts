import type { ResolvedDocumentContent } from '@poortwachter/schema';
import { defaultTheme } from '../theme/default-theme.js';
import { refuseIncomplete } from './refuse-incomplete.js';
import type { RenderArguments } from './render-options.js';

/**
 * Renders any document of the dossier to the bytes of a .docx file. The content's `kind` decides
 * the type: every kind takes optional {@link RenderOptions}, the dossieroverzicht needs a
 * `rasterizer` for its drawn timeline. The completeness check (`checkDocument`) runs first: a
 * document with `error` findings is refused with a {@link DocumentIncompleteError}, unless
 * `allowIncomplete` is set, in which case it is rendered with a visible "CONCEPT — onvolledig"
 * marking on every page and the list of what is missing. Runs in browsers too (no Node APIs);
 * `toBlob` wraps the bytes for a download. docx itself is loaded on the first call.
 *
 * @param content - Resolved content of any kind (`parseDocumentContent` or `resolveDocumentContent` of `@poortwachter/schema`).
 * @param args - The options: theme, `allowIncomplete`, the check's `asOf`, and for the dossieroverzicht the rasterizer.
 * @returns The .docx file.
 * @throws {@link DocumentIncompleteError} when required content is missing and `allowIncomplete` is not set.
 * @example Plan van aanpak
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 *
 * const bytes = await renderDocument(planVanAanpak, { asOf: '2024-03-26' });
 * await writeFile('out/plan-van-aanpak.docx', bytes);
 * ```
 * @example Bijstelling plan van aanpak
 * ```ts
 * const bytes = await renderDocument(bijstelling, { asOf: '2024-05-10', theme: { ...defaultTheme, font: 'Georgia' } });
 * ```
 * @example Eerstejaarsevaluatie
 * ```ts
 * const bytes = await renderDocument(eerstejaarsevaluatie, { asOf: '2025-01-20' });
 * ```
 * @example Spoor-2 trajectplan
 * ```ts
 * const bytes = await renderDocument(trajectplan, { asOf: '2025-03-14' });
 * ```
 * @example Spoor-2 voortgangsrapportage
 * ```ts
 * const bytes = await renderDocument(voortgang, { asOf: '2025-06-20' });
 * ```
 * @example Spoor-2 eindrapportage
 * ```ts
 * const bytes = await renderDocument(eindrapportage, { asOf: '2025-12-31' });
 * ```
 * @example Re-integratieverslag, as a concept while parts are still missing
 * ```ts
 * const bytes = await renderDocument(verslag, { asOf: '2025-10-24', allowIncomplete: true });
 * ```
 * @example Dossieroverzicht, with a rasterizer of @poortwachter/report-raster (in Node: nodeRasterizer of its /node entry)
 * ```ts
 * const font = new Uint8Array(await (await fetch('/fonts/DejaVuSans.ttf')).arrayBuffer());
 * import { createResvgRasterizer } from '@poortwachter/report-raster';
 *
 * const rasterizer = createResvgRasterizer({ wasm: fetch('/resvg.wasm'), fonts: [font] });
 * const bytes = await renderDocument(overzicht, { asOf: '2025-10-24', rasterizer });
 * ```
 * @see Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2
 * @category Rendering
 */
export async function renderDocument<C extends ResolvedDocumentContent>(
  content: C,
  ...args: RenderArguments<C['kind']>
): Promise<Uint8Array> {
  const options = args[0] ?? {};
  const missing = refuseIncomplete(content, options);
  const { docxBytes } = await import('./docx-bytes.js');
  return docxBytes(content, {
    theme: options.theme ?? defaultTheme,
    missing,
    rasterizer: options.rasterizer,
    omitBsn: options.omitBsn ?? false,
  });
}
