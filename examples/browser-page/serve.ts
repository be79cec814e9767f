// Builds the page and serves it on http://127.0.0.1:5173 (or the port in PORT).
// Run: pnpm --filter @poortwachter/example-browser-page start
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPage } from './build.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
};

/**
 * Serves a built page folder on 127.0.0.1.
 *
 * @param dir - The folder `buildPage` wrote.
 * @param port - The port; 0 picks a free one.
 * @returns The server and the page's URL.
 */
export function servePage(dir: string, port = 0): Promise<{ server: Server; url: string }> {
  const server = createServer(async (request, response) => {
    const name = new URL(request.url ?? '/', 'http://localhost').pathname.replace(
      /^\/$/,
      '/index.html',
    );
    try {
      const body = await readFile(join(dir, name.replace(/\.\./g, '')));
      response.writeHead(200, {
        'Content-Type': TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }),
    ),
  );
}

if (process.argv[1]?.endsWith('serve.ts')) {
  const dir = join(fileURLToPath(new URL('.', import.meta.url)), 'out/site');
  await buildPage(dir);
  const { url } = await servePage(dir, Number(process.env.PORT ?? 5173));
  console.log(`Verzuimdossier in de browser: ${url}`);
}
