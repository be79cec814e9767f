/**
 * `@poortwachter/report/blocks`: the building blocks of the documents (tables, headings,
 * signature blocks, the timeline picture) and each kind's sections, for composing a document of
 * your own with docx.
 *
 * @module @poortwachter/report/blocks
 */
export { type Bar, barChartSvg } from '../charts/bar-chart-svg.js';
export { type ChartAltText, chartPicture } from '../charts/chart-picture.js';
export type { ChartSvg } from '../charts/chart-svg.js';
export { histogramSvg } from '../charts/histogram-svg.js';
export { type LineSeries, lineChartSvg } from '../charts/line-chart-svg.js';
export {
  type StackedRow,
  type StackedSeries,
  stackedBarChartSvg,
} from '../charts/stacked-bar-chart-svg.js';
export { bijstellingSections } from '../documents/bijstelling-sections.js';
export { buildDocument } from '../documents/build-document.js';
export { type BodyOptions, documentBody } from '../documents/document-body.js';
export { dossieroverzichtSections } from '../documents/dossieroverzicht-sections.js';
export { eerstejaarsevaluatieSections } from '../documents/eerstejaarsevaluatie-sections.js';
export { planVanAanpakSections } from '../documents/plan-van-aanpak-sections.js';
export { reIntegratieverslagSections } from '../documents/re-integratieverslag-sections.js';
export type { SectionContext } from '../documents/section-context.js';
export { spoor2EindrapportageSections } from '../documents/spoor-2-eindrapportage-sections.js';
export { spoor2TrajectplanSections } from '../documents/spoor-2-trajectplan-sections.js';
export { spoor2VoortgangSections } from '../documents/spoor-2-voortgang-sections.js';
export { formatPeriod } from '../format/format-period.js';
export { LABELS } from '../format/labels.js';
export { documentStyles } from '../layout/document-styles.js';
export { NAMED_STYLES, type NamedStyleRole } from '../layout/named-styles.js';
export { portfolioReportSections } from '../portfolio/portfolio-report-sections.js';
export { textRuns } from '../text/text-runs.js';
export { timelinePicture } from '../timeline/timeline-picture.js';
export { activityTable } from './activity-table.js';
export { administrativeDataTable, INTERNAL_COPY } from './administrative-data-table.js';
export { applicationsTable } from './applications-table.js';
export { bulletList } from './bullet-list.js';
export { conceptMarking } from './concept-marking.js';
export { type DataTableColumn, dataTable } from './data-table.js';
export { documentFooter } from './document-footer.js';
export { type DocumentHeaderFields, documentHeader } from './document-header.js';
export { employeeAgreementBlock } from './employee-agreement.js';
export { type FieldGroup, fieldsTable } from './fields-table.js';
export { heading } from './heading.js';
export { labeledText } from './labeled-text.js';
export { milestoneTable } from './milestone-table.js';
export { missingContentList } from './missing-content-list.js';
export { planChangesTable } from './plan-changes-table.js';
export { privacyLine } from './privacy-line.js';
export { NOT_SIGNED, signatureBlock } from './signature-block.js';
export { spoor2ActivityTable } from './spoor-2-activity-table.js';
export type { TableCellValue } from './table-cell-value.js';
export { textParagraph } from './text-paragraph.js';
