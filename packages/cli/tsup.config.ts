import { defineConfig } from 'tsup';
import { publishableSourceMaps } from '../../tsup.library.js';

export default defineConfig({
  // batch-worker is its own entry: `batch` starts it as a worker thread (dist/batch-worker.js).
  entry: ['src/index.ts', 'src/cli.ts', 'src/batch-worker.ts'],
  format: ['esm'],
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: true,
  target: 'node20',
  platform: 'node',
  onSuccess: async () => publishableSourceMaps('dist'),
});
