import { describe, expect, it } from 'vitest';

/**
 * The runtime names of each entry point (types are not listed: they have no runtime name). A
 * change here is a change of the public surface: it belongs in a changeset.
 */
const SURFACE = {
  '.': [
    'DOCUMENT_KINDS',
    'DOCUMENT_PROBLEMS',
    'DOCX_MIME_TYPE',
    'DocumentIncompleteError',
    'TEMPLATE_PROBLEMS',
    'TemplatePlaceholderError',
    'checkDocument',
    'defaultTheme',
    'fillTemplate',
    'SPOOR2_DOCUMENT_KINDS',
    'isSpoor2Report',
    'renderDocument',
    'renderPortfolioReport',
    'spoor2ReportContent',
    'spoor2ReportFacts',
    'themeFromFile',
    'toBlob',
    'voortgangNumber',
  ],
  './blocks': [
    'INTERNAL_COPY',
    'LABELS',
    'NAMED_STYLES',
    'NOT_SIGNED',
    'activityTable',
    'administrativeDataTable',
    'applicationsTable',
    'barChartSvg',
    'bijstellingSections',
    'buildDocument',
    'bulletList',
    'chartPicture',
    'conceptMarking',
    'dataTable',
    'documentBody',
    'documentFooter',
    'documentHeader',
    'documentStyles',
    'dossieroverzichtSections',
    'eerstejaarsevaluatieSections',
    'employeeAgreementBlock',
    'fieldsTable',
    'formatPeriod',
    'heading',
    'histogramSvg',
    'labeledText',
    'lineChartSvg',
    'milestoneTable',
    'missingContentList',
    'planChangesTable',
    'planVanAanpakSections',
    'portfolioReportSections',
    'privacyLine',
    'reIntegratieverslagSections',
    'signatureBlock',
    'spoor2ActivityTable',
    'stackedBarChartSvg',
    'spoor2EindrapportageSections',
    'spoor2TrajectplanSections',
    'spoor2VoortgangSections',
    'textParagraph',
    'textRuns',
    'timelinePicture',
  ],
  './node': ['renderDocumentToStream'],
} as const;

const ENTRIES = {
  '.': () => import('./index.js'),
  './blocks': () => import('./blocks/index.js'),
  './node': () => import('./node/index.js'),
};

describe('the public surface of @poortwachter/report', () => {
  it.each(Object.keys(SURFACE) as (keyof typeof SURFACE)[])(
    '%s exports exactly its names',
    async (entry) => {
      expect(Object.keys(await ENTRIES[entry]()).sort()).toEqual([...SURFACE[entry]].sort());
    },
  );

  it('has no name in two entry points', () => {
    const all = Object.values(SURFACE).flat();
    expect(all.filter((name, i) => all.indexOf(name) !== i)).toEqual([]);
  });
});
