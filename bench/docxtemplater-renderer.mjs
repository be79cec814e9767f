import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { pvaTemplateData } from './pva-template-data.mjs';

/**
 * The documents baseline: fills a docxtemplater template with a plan van aanpak, as an
 * integrator would (data step with date-fns, then docxtemplater's `render` and PizZip's DEFLATE
 * zip), one fresh template instance per document.
 *
 * @param {Uint8Array} template - The template (see `templateFromRendered`).
 * @returns {(content: import('@poortwachter/schema').ResolvedContentOf<'plan-van-aanpak'>) => Uint8Array}
 *   Renders one document.
 * @example
 * ```js
 * const render = docxtemplaterRenderer(template);
 * const bytes = render(loadPvaContent());
 * ```
 * @category Benchmarks
 */
export function docxtemplaterRenderer(template) {
  return (content) => {
    const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true });
    doc.render(pvaTemplateData(content));
    return doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
  };
}
