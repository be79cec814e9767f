import { defineConfig } from 'vitest/config';

// Workspace packages resolve each other's TypeScript source through the custom export
// condition `@poortwachter/source`, so tests need no build step in between.
const conditions = ['@poortwachter/source', 'import', 'module', 'node', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: ['@poortwachter/source'] } },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'examples/**/*.test.ts',
      'bench/**/*.test.ts',
      'scripts/**/*.test.ts',
      'tests/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', '**/dist/**'],
    // The type tests (*.test-d.ts): expectTypeOf and @ts-expect-error, checked by tsc and
    // reported as tests.
    typecheck: {
      enabled: true,
      include: ['tests/types/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
