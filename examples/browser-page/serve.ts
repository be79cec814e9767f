// Serves the browser demo on http://127.0.0.1:5173 (or the port in PORT): `pnpm --filter @poortwachter/examples browser`.

import { readFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDemo } from './build-demo.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.ttf': 'font/ttf',
};

/** Starts a static server for a built demo folder on 127.0.0.1; resolves to the server and its URL. */
export function serveDemo(dir: string, port = 0): Promise<{ server: Server; url: string }> {
  const server = createServer(async (req, res) => {
    const name = new URL(req.url ?? '/', 'http://localhost').pathname.replace(
      /^\/$/,
      '/index.html',
    );
    try {
      const body = await readFile(join(dir, name.replace(/\.\./g, '')));
      res.writeHead(200, {
        'content-type': TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }),
    ),
  );
}

if (process.argv[1]?.endsWith('serve.ts')) {
  const dir = join(tmpdir(), 'poortwachter-demo');
  await buildDemo(dir);
  const { url } = await serveDemo(dir, Number(process.env.PORT ?? 5173));
  console.log(`poortwachter demo: ${url}`);
}
