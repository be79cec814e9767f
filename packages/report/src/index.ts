/**
 * `@poortwachter/report`: the Word documents of a reintegration dossier. Start with
 * {@link renderDocument}; {@link checkDocument} says what a document still lacks, and
 * {@link fillTemplate} fills a house-style template. Runs in Node and in browsers.
 *
 * @module @poortwachter/report
 */
export { DOCUMENT_KINDS, type DocumentKind } from '@poortwachter/schema/kinds';
export { checkDocument } from './completeness/check-document.js';
export {
  DOCUMENT_PROBLEMS,
  type DocumentIssueCode,
  type DocumentProblem,
} from './completeness/document-problems.js';
export type { PortfolioReportInput } from './portfolio/portfolio-report-input.js';
export { renderPortfolioReport } from './portfolio/render-portfolio-report.js';
export { DocumentIncompleteError } from './render/document-incomplete-error.js';
export { renderDocument } from './render/render-document.js';
export type { RenderArguments, RenderOptions } from './render/render-options.js';
export { DOCX_MIME_TYPE, toBlob } from './render/to-blob.js';
export {
  isSpoor2Report,
  SPOOR2_DOCUMENT_KINDS,
  type Spoor2DocumentKind,
} from './spoor2/spoor2-document-kind.js';
export {
  type Spoor2ContentInput,
  type Spoor2Narrative,
  spoor2ReportContent,
} from './spoor2/spoor2-report-content.js';
export {
  type Spoor2ReportFacts,
  type Spoor2ReportingMoment,
  type Spoor2ReportRequest,
  spoor2ReportFacts,
  voortgangNumber,
} from './spoor2/spoor2-report-facts.js';
export { fillTemplate } from './template/fill-template.js';
export { TemplatePlaceholderError } from './template/template-placeholder-error.js';
export {
  TEMPLATE_PROBLEMS,
  type TemplateIssue,
  type TemplateIssueCode,
} from './template/template-problems.js';
export { defaultTheme } from './theme/default-theme.js';
export type { LogoImageType, StatusColors, Theme, ThemeColors, ThemeLogo } from './theme/theme.js';
export { themeFromFile } from './theme/theme-from-file.js';
export type { Rasterizer } from './timeline/rasterizer.js';
