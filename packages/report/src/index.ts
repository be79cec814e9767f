export { activityTable } from './blocks/activity-table.js';
export { administrativeDataTable } from './blocks/administrative-data-table.js';
export { applicationsTable } from './blocks/applications-table.js';
export { bulletList } from './blocks/bullet-list.js';
export { columnWidths } from './blocks/column-widths.js';
export { CONCEPT_TEXT, conceptMarking } from './blocks/concept-marking.js';
export { type DataTableColumn, dataTable } from './blocks/data-table.js';
export { documentFooter } from './blocks/document-footer.js';
export { type DocumentHeaderFields, documentHeader } from './blocks/document-header.js';
export { type FieldGroup, fieldsTable } from './blocks/fields-table.js';
export { heading } from './blocks/heading.js';
export { labeledText } from './blocks/labeled-text.js';
export { milestoneTable } from './blocks/milestone-table.js';
export { missingContentList } from './blocks/missing-content-list.js';
export { planChangesTable } from './blocks/plan-changes-table.js';
export { PRIVACY_TEXT, privacyLine } from './blocks/privacy-line.js';
export { signatureBlock } from './blocks/signature-block.js';
export { spoor2ActivityTable } from './blocks/spoor-2-activity-table.js';
export { type TableCellValue, tableCell } from './blocks/table-cell-value.js';
export { CELL_MARGINS, tableBorders } from './blocks/table-style.js';
export { textParagraph } from './blocks/text-paragraph.js';
export { checkDocument } from './completeness/check-document.js';
export { bijstellingSections } from './documents/bijstelling-sections.js';
export { buildDocument } from './documents/build-document.js';
export { type BodyOptions, documentBody } from './documents/document-body.js';
export { documentTitleOf } from './documents/document-title-of.js';
export { dossieroverzichtSections } from './documents/dossieroverzicht-sections.js';
export { eerstejaarsevaluatieSections } from './documents/eerstejaarsevaluatie-sections.js';
export { type AuthorFields, authorsText, partIntro } from './documents/part-intro.js';
export { partSections } from './documents/part-sections.js';
export { planVanAanpakSections } from './documents/plan-van-aanpak-sections.js';
export { reIntegratieverslagSections } from './documents/re-integratieverslag-sections.js';
export type { SectionContext } from './documents/section-context.js';
export { spoor2EindrapportageSections } from './documents/spoor-2-eindrapportage-sections.js';
export { spoor2TrajectplanSections } from './documents/spoor-2-trajectplan-sections.js';
export { spoor2VoortgangSections } from './documents/spoor-2-voortgang-sections.js';
export { documentTitle } from './format/document-title.js';
export { formatDate } from './format/format-date.js';
export { formatNumber } from './format/format-number.js';
export { LABELS } from './format/labels.js';
export { statusLabel } from './format/status-label.js';
export { documentStyles } from './layout/document-styles.js';
export { PAGE } from './layout/page-layout.js';
export { DocumentIncompleteError } from './render/document-incomplete-error.js';
export { refuseIncomplete } from './render/refuse-incomplete.js';
export { renderBijstelling } from './render/render-bijstelling.js';
export { renderDocument } from './render/render-document.js';
export { renderDossieroverzicht } from './render/render-dossieroverzicht.js';
export { renderEerstejaarsevaluatie } from './render/render-eerstejaarsevaluatie.js';
export type { RenderOptions } from './render/render-options.js';
export { renderPlanVanAanpak } from './render/render-plan-van-aanpak.js';
export { renderReIntegratieverslag } from './render/render-re-integratieverslag.js';
export { renderSpoor2Eindrapportage } from './render/render-spoor-2-eindrapportage.js';
export { renderSpoor2Trajectplan } from './render/render-spoor-2-trajectplan.js';
export { renderSpoor2Voortgang } from './render/render-spoor-2-voortgang.js';
export { DOCX_MIME_TYPE, toBlob } from './render/to-blob.js';
export { fillTemplate } from './template/fill-template.js';
export {
  type TemplateIssue,
  TemplatePlaceholderError,
} from './template/template-placeholder-error.js';
export {
  BODY_PLACEHOLDER,
  requiredPlaceholders,
  TEMPLATE_PLACEHOLDERS,
} from './template/template-placeholders.js';
export { sanitizeText } from './text/sanitize-text.js';
export { singleLine } from './text/single-line.js';
export { textRuns } from './text/text-runs.js';
export { defaultTheme } from './theme/default-theme.js';
export { statusColor } from './theme/status-color.js';
export type { LogoImageType, StatusColors, Theme, ThemeColors, ThemeLogo } from './theme/theme.js';
export { themeFromFile } from './theme/theme-from-file.js';
export { type ThemeFile, themeSchema } from './theme/theme-schema.js';
export {
  createResvgRasterizer,
  type ResvgRasterizerOptions,
} from './timeline/create-resvg-rasterizer.js';
export type { Rasterizer } from './timeline/rasterizer.js';
export { timelinePicture } from './timeline/timeline-picture.js';
export { TIMELINE_FONT_FAMILY, timelineSvg } from './timeline/timeline-svg.js';
