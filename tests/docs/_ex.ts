import { publicExports, surfaceProgram } from './public-surface.ts';
import { tsdocExampleSnippets } from './tsdoc-examples.ts';
import { typecheckSnippets } from './typecheck-snippets.ts';

const s = surfaceProgram();
const snippets = tsdocExampleSnippets(s, publicExports(s));
console.log('examples', snippets.length);
if (process.argv[2]) console.log(snippets.find((x) => x.name === process.argv[2])?.code);
const t = Date.now();
const problems = typecheckSnippets(snippets);
console.log(problems.join('\n'));
console.log(problems.length, 'problems', Date.now() - t, 'ms');
