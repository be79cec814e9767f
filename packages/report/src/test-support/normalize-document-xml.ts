/**
 * `word/document.xml` without what changes from run to run (revision ids, paragraph ids, the
 * shared drawing counter, list instance numbers), one element per line, for snapshots.
 */
export function normalizeDocumentXml(xml: string): string {
  return xml
    .replace(/ w:rsid\w*="[^"]*"/g, '')
    .replace(/ w14:(paraId|textId)="[^"]*"/g, '')
    .replace(/<wp:docPr id="\d+"/g, '<wp:docPr id="N"')
    .replace(/<pic:cNvPr id="\d+"/g, '<pic:cNvPr id="N"')
    .replace(/<w:numId w:val="\d+"\/>/g, '<w:numId w:val="N"/>')
    .replace(/<(w:p|w:tbl|w:tr|w:tc|w:sectPr|w:hdr|w:ftr)([ >])/g, '\n<$1$2');
}
