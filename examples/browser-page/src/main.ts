// The browser demo: validates a case file, computes its timeline and findings, and renders the
// dossieroverzicht as a .docx, all in the page, with the published API only.
import { checkCase, computeTimeline, formatDate, formatIssue } from '@poortwachter/core';
import { createResvgRasterizer, renderDocument, toBlob } from '@poortwachter/report';
import { parseCase, resolveDocumentContent } from '@poortwachter/schema';
import exampleCase from '../case.json';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const caseInput = $<HTMLTextAreaElement>('case');
const asOfInput = $<HTMLInputElement>('as-of');
const errors = $<HTMLParagraphElement>('errors');
caseInput.value = JSON.stringify(exampleCase, null, 2);

const rasterizer = createResvgRasterizer({
  wasm: fetch('./index_bg.wasm'),
  fonts: [new Uint8Array(await (await fetch('./DejaVuSans.ttf')).arrayBuffer())],
});

/** Parses the textarea; shows the problems (field path and Dutch message) when invalid. */
function readCase() {
  errors.textContent = '';
  let raw: unknown;
  try {
    raw = JSON.parse(caseInput.value);
  } catch {
    errors.textContent = 'Dit is geen geldige JSON.';
    return null;
  }
  const parsed = parseCase(raw);
  if (!parsed.success) {
    errors.textContent = parsed.issues.map((i) => formatIssue(i, 'nl')).join('\n');
    return null;
  }
  return parsed.data;
}

$('compute').addEventListener('click', () => {
  const data = readCase();
  if (!data) return;
  const asOf = asOfInput.value;
  const timeline = computeTimeline(data, { asOf });
  const body = $<HTMLTableElement>('timeline').tBodies[0]!;
  body.replaceChildren(
    ...timeline.milestones.map((m) => {
      const row = document.createElement('tr');
      const cells: [text: string, cls: string][] = [
        [m.label.nl, ''],
        [m.due ? formatDate(m.due) : '–', ''],
        [m.status, `status-${m.status}`],
        [m.eventDate ? formatDate(m.eventDate) : '', ''],
      ];
      for (const [text, cls] of cells) {
        const cell = document.createElement('td');
        cell.textContent = text;
        if (cls) cell.className = cls;
        row.append(cell);
      }
      return row;
    }),
  );
  $('timeline').hidden = false;
  $('summary').textContent =
    `Eerste ziektedag ${formatDate(timeline.firstSickDay)}; einde wachttijd ${
      timeline.waitingPeriod.lastDay ? formatDate(timeline.waitingPeriod.lastDay) : 'niet bereikt'
    }.`;
  $('findings').replaceChildren(
    ...checkCase(data, { asOf }).map((f) => {
      const li = document.createElement('li');
      li.textContent = `${f.severity}: ${f.message.nl}`;
      return li;
    }),
  );
});

$('render').addEventListener('click', async () => {
  const data = readCase();
  if (!data) return;
  const asOf = asOfInput.value;
  const resolved = resolveDocumentContent(
    {
      kind: 'dossieroverzicht',
      case: data,
      date: asOf,
      asOf,
      authors: [{ name: 'Demo', function: 'Casemanager' }],
    },
    () => {
      throw new Error('no files in the browser');
    },
  );
  if (!resolved.success) {
    errors.textContent = resolved.issues.map((i) => formatIssue(i, 'nl')).join('\n');
    return;
  }
  const bytes = await renderDocument(resolved.data, { asOf, rasterizer, allowIncomplete: true });
  const link = $<HTMLAnchorElement>('download');
  link.href = URL.createObjectURL(toBlob(bytes));
  link.dataset.size = String(bytes.length);
  link.hidden = false;
});
