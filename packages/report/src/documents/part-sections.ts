import type { ResolvedPartContent } from '@poortwachter/schema';
import type { FileChild } from 'docx';
import { bijstellingSections } from './bijstelling-sections.js';
import { eerstejaarsevaluatieSections } from './eerstejaarsevaluatie-sections.js';
import { planVanAanpakSections } from './plan-van-aanpak-sections.js';
import type { SectionContext } from './section-context.js';
import { spoor2EindrapportageSections } from './spoor-2-eindrapportage-sections.js';
import { spoor2TrajectplanSections } from './spoor-2-trajectplan-sections.js';
import { spoor2VoortgangSections } from './spoor-2-voortgang-sections.js';

/**
 * The sections of any document that can be a part of a re-integratieverslag, by its kind: the
 * one place that picks the section builder, for documents of their own and for parts rendered
 * inline.
 *
 * @param content - A resolved plan van aanpak, bijstelling, eerstejaarsevaluatie or spoor-2 report.
 * @param ctx - Theme and heading level.
 * @returns The sections' paragraphs and tables.
 * @example
 * ```ts
 * partSections(part.content, { theme: defaultTheme, level: 2 });
 * ```
 * @category Documents
 */
export function partSections(content: ResolvedPartContent, ctx: SectionContext): FileChild[] {
  switch (content.kind) {
    case 'plan-van-aanpak':
      return planVanAanpakSections(content, ctx);
    case 'bijstelling':
      return bijstellingSections(content, ctx);
    case 'eerstejaarsevaluatie':
      return eerstejaarsevaluatieSections(content, ctx);
    case 'spoor-2-trajectplan':
      return spoor2TrajectplanSections(content, ctx);
    case 'spoor-2-voortgang':
      return spoor2VoortgangSections(content, ctx);
    case 'spoor-2-eindrapportage':
      return spoor2EindrapportageSections(content, ctx);
  }
}
