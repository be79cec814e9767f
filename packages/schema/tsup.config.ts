import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.library.js';

export default defineConfig(
  // `kinds`: the document kinds and part titles without zod, for `@poortwachter/report`'s main
  // entry (zod takes about 80 ms to import in Node).
  // `json-schema`: JSON Schema generation, for build steps and editors, not for apps that parse.
  libraryBuild({
    entry: {
      index: 'src/index.ts',
      kinds: 'src/documents/kinds.ts',
      'json-schema': 'src/json-schema.ts',
    },
  }),
);
