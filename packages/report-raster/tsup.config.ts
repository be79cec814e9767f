import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.library.js';

export default defineConfig(
  libraryBuild({
    entry: { index: 'src/index.ts', 'node/index': 'src/node/index.ts' },
    // `import.meta.url` (nodeRasterizer finds the font and resvg's wasm) in the CJS build.
    shims: true,
  }),
);
