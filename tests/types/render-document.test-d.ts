// renderDocument and fillTemplate are typed by the content's kind: the dossieroverzicht (and
// content whose kind is not known at compile time) needs a rasterizer for its timeline picture;
// every other kind takes optional options.
import {
  fillTemplate,
  type Rasterizer,
  type RenderOptions,
  renderDocument,
} from '@poortwachter/report';
import { createResvgRasterizer } from '@poortwachter/report-raster';
import { nodeRasterizer } from '@poortwachter/report-raster/node';
import type { ResolvedContentOf, ResolvedDocumentContent } from '@poortwachter/schema';
import { describe, expectTypeOf, it } from 'vitest';

declare const plan: ResolvedContentOf<'plan-van-aanpak'>;
declare const verslag: ResolvedContentOf<'re-integratieverslag'>;
declare const overzicht: ResolvedContentOf<'dossieroverzicht'>;
declare const anyKind: ResolvedDocumentContent;
declare const template: Uint8Array;
const rasterizer: Rasterizer = nodeRasterizer();

describe('renderDocument by kind', () => {
  it('takes optional options for a kind without a picture', () => {
    expectTypeOf(renderDocument(plan)).toEqualTypeOf<Promise<Uint8Array>>();
    renderDocument(plan, { asOf: '2025-03-26' });
    renderDocument(verslag, { allowIncomplete: true });
    // @ts-expect-error an unknown option
    renderDocument(plan, { asof: '2025-03-26' });
  });

  it('needs a rasterizer for a dossieroverzicht', () => {
    // @ts-expect-error a dossieroverzicht without options does not compile
    renderDocument(overzicht);
    // @ts-expect-error nor with options that lack the rasterizer
    renderDocument(overzicht, { asOf: '2025-10-24' });
    renderDocument(overzicht, { rasterizer });
    renderDocument(overzicht, {
      rasterizer: createResvgRasterizer({ wasm: new Uint8Array(), fonts: [] }),
    });
  });

  it('needs a rasterizer when the kind is not known at compile time', () => {
    // @ts-expect-error content of any kind may be a dossieroverzicht
    renderDocument(anyKind);
    renderDocument(anyKind, { rasterizer });
    if (anyKind.kind !== 'dossieroverzicht') renderDocument(anyKind);
  });

  it('types fillTemplate the same way', () => {
    expectTypeOf(fillTemplate(template, plan)).toEqualTypeOf<Promise<Uint8Array>>();
    // @ts-expect-error a dossieroverzicht needs a rasterizer here too
    fillTemplate(template, overzicht, {});
    fillTemplate(template, overzicht, { rasterizer });
    expectTypeOf<RenderOptions['rasterizer']>().toEqualTypeOf<Rasterizer | undefined>();
  });
});
