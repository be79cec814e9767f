// An HTTP endpoint on node:http that turns posted JSON into a Word document:
//   POST /dossieroverzicht?asOf=YYYY-MM-DD   body: a case file    → the dossieroverzicht
//   POST /documents                           body: document content of any kind, with the case
//                                             inline ({ "kind": "plan-van-aanpak", "case": {…}, … })
// 200 with the .docx as an attachment, or 400 with `{ "issues": [...] }` (the one issue shape:
// code, path, message in Dutch and English) when the request, the case or the content is not
// right, or the document is incomplete (404, 405, 413 and 500 likewise). Messages never repeat
// input values.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type Issue,
  inputIssue,
  isIsoDate,
  type LocalizedText,
  todayInAmsterdam,
} from '@poortwachter/core';
import {
  DOCX_MIME_TYPE,
  DocumentIncompleteError,
  type Rasterizer,
  renderDocument,
} from '@poortwachter/report';
import { nodeRasterizer } from '@poortwachter/report-raster/node';
import {
  parseCase,
  parseDocumentContent,
  type ResolvedDocumentContent,
} from '@poortwachter/schema';

/** The largest body accepted, in bytes: a case file with a long history is a few tens of kB. */
export const MAX_BODY_BYTES = 1_000_000;

/** The problems of a request itself, with the status they answer with. */
const REQUEST_PROBLEMS = {
  'request/not-found': {
    status: 404,
    message: { nl: 'Deze route bestaat niet.', en: 'There is no such route.' },
  },
  'request/method': {
    status: 405,
    message: { nl: 'Alleen POST is toegestaan.', en: 'Only POST is allowed.' },
  },
  'request/too-large': {
    status: 413,
    message: {
      nl: `De inhoud is groter dan ${MAX_BODY_BYTES} bytes.`,
      en: `The body is larger than ${MAX_BODY_BYTES} bytes.`,
    },
  },
  'request/json': {
    status: 400,
    message: { nl: 'De inhoud is geen geldige JSON.', en: 'The body is not valid JSON.' },
  },
  'request/failed': {
    status: 500,
    message: {
      nl: 'Het document kon niet worden gemaakt. Probeer het later opnieuw.',
      en: 'The document could not be made. Try again later.',
    },
  },
} as const satisfies Record<string, { status: number; message: LocalizedText }>;

type RequestProblem = keyof typeof REQUEST_PROBLEMS;

/** A failure that is answered with a status and `{ issues }`. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly issues: readonly Issue[],
  ) {
    super('refused');
  }
}

const refusal = (code: RequestProblem) =>
  new Refusal(REQUEST_PROBLEMS[code].status, [{ code, message: REQUEST_PROBLEMS[code].message }]);

/** Reads the body as JSON, refusing one that is too large or not JSON. */
async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw refusal('request/too-large');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw refusal('request/json');
  }
}

/** The content of a dossieroverzicht of a posted case, as of `asOf` (default today). */
function overviewContent(raw: unknown, url: URL): ResolvedDocumentContent {
  const asOf = url.searchParams.get('asOf') ?? todayInAmsterdam();
  if (!isIsoDate(asOf)) throw new Refusal(400, [inputIssue('date/invalid', ['asOf'])]);
  const parsed = parseCase(raw);
  if (!parsed.success) throw new Refusal(400, parsed.issues);
  const content = parseDocumentContent({
    kind: 'dossieroverzicht',
    case: parsed.data,
    date: asOf,
    asOf,
    authors: [{ name: 'Verzuimadministratie', function: 'Casemanager' }],
  });
  if (!content.success) throw new Refusal(400, content.issues);
  return content.data;
}

/** The content of any kind of document, posted with its case inline. */
function postedContent(raw: unknown): ResolvedDocumentContent {
  const content = parseDocumentContent(raw);
  if (!content.success) throw new Refusal(400, content.issues);
  return content.data;
}

/** Sends JSON with a status. */
function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

/**
 * The request handler, for `http.createServer`. A document goes out as an attachment named
 * after its kind and date (never after the employee), with `Cache-Control: no-store`: it holds
 * personal data.
 *
 * @param rasterizer - Draws the dossieroverzicht's timeline picture (default: `nodeRasterizer()`).
 * @returns The handler.
 */
export function documentEndpoint(
  rasterizer: Rasterizer = nodeRasterizer(),
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  return async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    try {
      const route = { '/dossieroverzicht': overviewContent, '/documents': postedContent }[
        url.pathname
      ];
      if (!route) throw refusal('request/not-found');
      if (request.method !== 'POST') {
        response.setHeader('Allow', 'POST');
        throw refusal('request/method');
      }
      const content = route(await readJson(request), url);
      const asOf = 'asOf' in content && content.asOf ? content.asOf : content.date;
      const bytes = await renderDocument(content, { asOf, rasterizer });
      response.writeHead(200, {
        'Content-Type': DOCX_MIME_TYPE,
        'Content-Disposition': `attachment; filename="${content.kind}-${content.date}.docx"`,
        'Content-Length': bytes.length,
        'Cache-Control': 'no-store',
      });
      response.end(bytes);
    } catch (error) {
      if (error instanceof Refusal) sendJson(response, error.status, { issues: error.issues });
      else if (error instanceof DocumentIncompleteError)
        sendJson(response, 400, { issues: error.issues });
      else {
        console.error(error);
        const failed = refusal('request/failed');
        sendJson(response, failed.status, { issues: failed.issues });
      }
    }
  };
}
