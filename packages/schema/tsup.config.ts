import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.library.js';

export default defineConfig(
  // `kinds`: the document kinds and part titles without zod, for `@poortwachter/report`'s main
  // entry (zod takes about 80 ms to import in Node).
  libraryBuild({ entry: { index: 'src/index.ts', kinds: 'src/documents/kinds.ts' } }),
);
