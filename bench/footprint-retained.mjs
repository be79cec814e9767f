import { createRequire } from 'node:module';
import ts from 'typescript';

/** esbuild, the one tsup builds the packages with (no dependency of its own). */
const esbuild = createRequire(createRequire(import.meta.url).resolve('tsup'))('esbuild');

/**
 * The module-level declarations of `@poortwachter/core` that a browser app keeps when it imports
 * only `names`: core's source is built the way tsup builds its `dist/index.js` (one ESM file,
 * platform-neutral, `es2022`), then an app that uses `names` is bundled from that file with
 * esbuild's syntax minification (which drops what it can prove unused). A statement the bundler
 * cannot prove free of side effects (a call such as `new Map(TABLE.map(…))` without a
 * `@__PURE__` annotation, a property read, an object spread) stays in every app, with whatever it
 * refers to.
 *
 * @param {string[]} names - Exports of core's main entry that the app uses.
 * @returns {Promise<string[]>} Names of the functions, classes and variables left at the top
 *   level of the app's bundle, in bundle order.
 * @example
 * ```js
 * await retainedDeclarations(['isSafeName']); // ['isSafeName', …what no bundler can drop]
 * ```
 * @category Benchmarks
 */
export async function retainedDeclarations(names) {
  const here = new URL('.', import.meta.url).pathname;
  const core = await esbuild.build({
    entryPoints: [new URL('../packages/core/src/index.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const app = await esbuild.build({
    stdin: {
      contents: `import { ${names.join(', ')} } from 'core-dist';\nglobalThis.used = [${names.join(', ')}];`,
      resolveDir: here,
      loader: 'js',
    },
    plugins: [
      {
        name: 'core-dist',
        setup(build) {
          build.onResolve({ filter: /^core-dist$/ }, () => ({ path: 'core', namespace: 'core' }));
          build.onLoad({ filter: /.*/, namespace: 'core' }, () => ({
            contents: core.outputFiles[0].text,
            loader: 'js',
          }));
        },
      },
    ],
    bundle: true,
    minifySyntax: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const source = ts.createSourceFile('app.js', app.outputFiles[0].text, ts.ScriptTarget.ES2022);
  return source.statements.flatMap((statement) => {
    if (ts.isVariableStatement(statement))
      return statement.declarationList.declarations.map((d) => d.name.getText(source));
    if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name)
      return [statement.name.text];
    return [];
  });
}
