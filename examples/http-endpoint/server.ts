// Starts the document endpoint on http://127.0.0.1:3000 (or the port in PORT).
// Run: pnpm --filter @poortwachter/example-http-endpoint start
// Try: curl -sS -X POST --data @../case.json --create-dirs -o out/overzicht.docx -D - 'http://127.0.0.1:3000/dossieroverzicht?asOf=2025-09-01'
import { createServer } from 'node:http';
import { documentEndpoint } from './endpoint.js';

const port = Number(process.env.PORT ?? 3000);
createServer(documentEndpoint()).listen(port, '127.0.0.1', () =>
  console.log(`poortwachter documents: http://127.0.0.1:${port}/dossieroverzicht`),
);
