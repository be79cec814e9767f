import { defineConfig } from 'tsup';
import { libraryBuild } from '../../tsup.library.js';

export default defineConfig(
  libraryBuild({
    entry: {
      index: 'src/index.ts',
      'blocks/index': 'src/blocks/index.ts',
      'node/index': 'src/node/index.ts',
    },
  }),
);
