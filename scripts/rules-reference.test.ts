import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderRulesReference } from './rules-reference.js';

it('docs/rules.md is generated from the current rule table', () => {
  const committed = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8');
  // Regenerate with: pnpm exec tsx --conditions=@poortwachter/source scripts/rules-reference.ts > docs/rules.md
  expect(committed).toBe(renderRulesReference());
  expect(committed).toContain('`wia-aanvraag`');
});
