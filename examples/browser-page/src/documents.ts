import type { Finding, IsoDate, Issue } from '@poortwachter/core';
import { checkDocument, type Rasterizer, renderDocument, toBlob } from '@poortwachter/report';
import { createResvgRasterizer } from '@poortwachter/report-raster';
import { type Case, parseDocumentContent } from '@poortwachter/schema';

/** A document made in the page, or the problems of its content. */
export type DocumentResult =
  | { ok: true; name: string; bytes: Uint8Array; findings: Finding[] }
  | { ok: false; issues: readonly Issue[] };

let rasterizer: Promise<Rasterizer> | undefined;

/**
 * The rasterizer of the timeline picture, made on first use: resvg's wasm and the font are
 * fetched only when a dossieroverzicht is made (the build copies them next to the page).
 */
function pictureRasterizer(): Promise<Rasterizer> {
  rasterizer ??= fetch('./DejaVuSans.ttf')
    .then((response) => response.arrayBuffer())
    .then((font) =>
      createResvgRasterizer({ wasm: fetch('./index_bg.wasm'), fonts: [new Uint8Array(font)] }),
    );
  return rasterizer;
}

/**
 * Checks and renders document content of any kind in the browser. An incomplete document is
 * made all the same, marked as a concept, and its findings say what is missing.
 *
 * @param raw - Content with the case inline.
 * @param asOf - The date completeness is judged on.
 * @returns The .docx and its findings, or the content's problems.
 */
export async function makeDocument(raw: unknown, asOf: IsoDate): Promise<DocumentResult> {
  const parsed = parseDocumentContent(raw);
  if (!parsed.success) return { ok: false, issues: parsed.issues };
  const content = parsed.data;
  const findings = checkDocument(content, { asOf });
  // Only the dossieroverzicht draws a picture, and only its options need the rasterizer.
  const bytes =
    content.kind === 'dossieroverzicht'
      ? await renderDocument(content, {
          asOf,
          allowIncomplete: true,
          rasterizer: await pictureRasterizer(),
        })
      : await renderDocument(content, { asOf, allowIncomplete: true });
  return { ok: true, name: `${content.kind}-${content.date}.docx`, bytes, findings };
}

/**
 * The content of the dossieroverzicht of a case as of a date, by the casemanager.
 *
 * @param data - A valid case.
 * @param asOf - The date of the overview.
 * @returns Content for {@link makeDocument}.
 */
export function overviewContent(data: Case, asOf: IsoDate): unknown {
  return {
    kind: 'dossieroverzicht',
    case: data,
    date: asOf,
    asOf,
    authors: data.casemanager?.name
      ? [{ name: data.casemanager.name, function: data.casemanager.function ?? 'Casemanager' }]
      : [],
  };
}

/**
 * Offers bytes as a file download.
 *
 * @param name - The file name.
 * @param bytes - The .docx bytes.
 */
export function download(name: string, bytes: Uint8Array): void {
  const url = URL.createObjectURL(toBlob(bytes));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
