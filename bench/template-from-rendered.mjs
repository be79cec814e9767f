import { isDeepStrictEqual } from 'node:util';
import PizZip from 'pizzip';

const TEXT = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e) => ENTITIES[e]);
const textsOf = (xml) => [...xml.matchAll(TEXT)].map((m) => unescapeXml(m[1]));
const tagParagraph = (tag) => `<w:p><w:r><w:t xml:space="preserve">${tag}</w:t></w:r></w:p>`;

/** Replaces the only text element of a paragraph or cell by `text`. */
function withOnlyText(xml, text, where) {
  if (textsOf(xml).length !== 1)
    throw new Error(`template: ${where} does not hold exactly one text run`);
  return xml.replace(TEXT, (m) => `${m.slice(0, m.indexOf('>') + 1)}${text}</w:t>`);
}

/** Table-row loops: the first data row of a table filled from `rows` becomes the loop's one row. */
/**
 * Matches the text runs of a row to the values of a loop item in order; runs that match no
 * value (fixed labels such as "Doel: ") stay as they are. Returns the indexes of the runs that
 * hold the values, or undefined when the row does not hold them all.
 */
function runsOfValues(runs, values) {
  const at = [];
  let v = 0;
  for (const [i, run] of runs.entries()) {
    if (v < values.length && run === values[v]) {
      at.push(i);
      v++;
    }
  }
  return v === values.length ? at : undefined;
}

function tableLoops(xml, loops, placed) {
  return xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (table) => {
    const rows = table.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? [];
    if (rows.length < 2) return table;
    const runs = textsOf(rows[1]);
    const loop = loops.find(
      ([, list]) =>
        list.length > 0 &&
        runs.length >= Object.values(list[0]).length &&
        runsOfValues(runs, Object.values(list[0])) !== undefined &&
        // Every run is a value or a fixed label of at most a few words.
        runs.length - Object.values(list[0]).length <= Object.values(list[0]).length,
    );
    if (loop === undefined) return table;
    const [name, list] = loop;
    if (rows.length - 1 !== list.length)
      throw new Error(
        `template: table ${name} has ${rows.length - 1} rows for ${list.length} items`,
      );
    const fields = Object.keys(list[0]);
    const at = runsOfValues(runs, Object.values(list[0]));
    let n = -1;
    const row = rows[1].replace(TEXT, (m) => {
      n++;
      const f = at.indexOf(n);
      if (f < 0) return m;
      const tag = `${f === 0 ? `{#${name}}` : ''}{${fields[f]}}${f === fields.length - 1 ? `{/${name}}` : ''}`;
      return `${m.slice(0, m.indexOf('>') + 1)}${tag}</w:t>`;
    });
    placed.add(name);
    const last = rows[rows.length - 1];
    return (
      table.slice(0, table.indexOf(rows[1])) +
      row +
      table.slice(table.lastIndexOf(last) + last.length)
    );
  });
}

function bulletLoops(xml, data, placed) {
  const bullets = [...xml.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)].filter((m) =>
    m[0].includes('<w:numPr>'),
  );
  const groups = [];
  for (const m of bullets) {
    const group = groups[groups.length - 1];
    const prev = group?.[group.length - 1];
    if (prev && prev.index + prev[0].length === m.index) group.push(m);
    else groups.push([m]);
  }
  let out = xml;
  for (const group of groups.reverse()) {
    const texts = group.map((m) => textsOf(m[0]).join(''));
    const name = Object.keys(data).find(
      (key) =>
        Array.isArray(data[key]) && isDeepStrictEqual([...data[key], data[`${key}Last`]], texts),
    );
    if (name === undefined) continue;
    const first = group[0];
    const last = group[group.length - 1];
    const loop =
      group.length > 1
        ? tagParagraph(`{#${name}}`) +
          withOnlyText(first[0], '{.}', name) +
          tagParagraph(`{/${name}}`)
        : '';
    out =
      out.slice(0, first.index) +
      loop +
      withOnlyText(last[0], `{${name}Last}`, name) +
      out.slice(last.index + last[0].length);
    placed.add(name).add(`${name}Last`);
  }
  return out;
}

/** Scalars: each text run equal to a value gets that value's next tag, in document order. */
function scalarTags(xml, queues, placed) {
  return xml.replace(TEXT, (m, inner) => {
    const queue = queues.get(unescapeXml(inner));
    if (queue === undefined || queue.length === 0) return m;
    const tag = queue.shift();
    placed.add(tag);
    return `${m.slice(0, m.indexOf('>') + 1)}{${tag}}</w:t>`;
  });
}

/**
 * Turns a .docx that our renderer made from real content into a docxtemplater template with the
 * same layout: every text run that shows a top-level value of `data` becomes that value's tag
 * (`{employeeName}`), the first data row of each table filled from a list becomes a table-row
 * loop (`{#activities}{who}` … `{byWhen}{/activities}`), and each run of bullet paragraphs becomes
 * a paragraph loop over all items but the last (`{#limitations}` / `{.}` / `{/limitations}`)
 * followed by the last paragraph (`{limitationsLast}`), so that spacing stays as rendered.
 * Headers, document and footers are processed in that order, so the order of `data`'s keys
 * decides which tag a value that occurs more than once gets.
 *
 * @param {Uint8Array} docx - The rendered document.
 * @param {Record<string, unknown>} data - The data the template will be filled with (see `pvaTemplateData`).
 * @returns {Uint8Array} The template (.docx).
 * @throws Error when a value or list of `data` has no place in the document (the template would
 *   not be equivalent).
 * @example
 * ```js
 * const template = templateFromRendered(await renderDocument(content), pvaTemplateData(content));
 * ```
 * @category Benchmarks
 */
export function templateFromRendered(docx, data) {
  const zip = new PizZip(docx);
  const rowLoops = Object.entries(data).filter(
    ([, v]) => Array.isArray(v) && typeof v[0] === 'object',
  );
  const queues = new Map();
  for (const [tag, value] of Object.entries(data)) {
    if (typeof value !== 'string' || Array.isArray(data[tag.replace(/Last$/, '')])) continue;
    const queue = queues.get(value);
    if (queue) queue.push(tag);
    else queues.set(value, [tag]);
  }
  const placed = new Set();
  const parts = ['header', 'document', 'footer'].flatMap((kind) =>
    zip.file(new RegExp(`^word/${kind}\\d*\\.xml$`)).sort((a, b) => (a.name < b.name ? -1 : 1)),
  );
  for (const part of parts) {
    const xml = scalarTags(
      bulletLoops(tableLoops(part.asText(), rowLoops, placed), data, placed),
      queues,
      placed,
    );
    zip.file(part.name, xml);
  }
  const missing = Object.keys(data).filter((key) => !placed.has(key));
  if (missing.length > 0) throw new Error(`template: no place found for ${missing.join(', ')}`);
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}
