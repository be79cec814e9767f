import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MILESTONE_RULES } from '@poortwachter/core';
import { describe, expect, it } from 'vitest';

// Everything about a milestone lives in its row of the rule table. Code elsewhere finds a rule
// by a column (its event, its anchor), never by comparing its id with a string: such a
// comparison is a missing column. Comparisons of an event type or a document kind that shares
// the name (`event.type === 'plan-van-aanpak'`) are another matter and allowed.
const ROOT = join(import.meta.dirname, '..');
const ALLOWED_FILES = [/\/rules\//, /\.test\.ts$/, /\.test-d\.ts$/, /test-support\//];
const SAME_NAME_CONTEXT = /\b(type|event|kind|skipEvent)\b/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

describe('no milestone id compared as a string outside the rule tables', () => {
  const ids = MILESTONE_RULES.map((r) => r.id);
  const literal = `'(${ids.map((id) => id.replace(/[-]/g, '\\-')).join('|')})(-\\d+)?'`;
  const comparison = new RegExp(
    `(===|!==)\\s*${literal}|${literal}\\s*(===|!==)|case\\s+${literal}\\s*:`,
  );

  it('finds none in packages/*/src', () => {
    const offending: string[] = [];
    for (const pkg of readdirSync(join(ROOT, 'packages'))) {
      const src = join(ROOT, 'packages', pkg, 'src');
      for (const file of sources(src)) {
        if (ALLOWED_FILES.some((p) => p.test(file))) continue;
        let switchSubject = '';
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            const code = line.trim();
            if (code.startsWith('*') || code.startsWith('//')) return; // documentation
            const subject = /switch\s*\((.*)\)/.exec(code);
            if (subject) switchSubject = subject[1]!;
            const context = code.startsWith('case ') ? `${code} ${switchSubject}` : code;
            if (comparison.test(code) && !SAME_NAME_CONTEXT.test(context))
              offending.push(`${relative(ROOT, file)}:${i + 1}: ${code}`);
          });
      }
    }
    expect(offending).toEqual([]);
  });

  it('would catch one', () => {
    expect(comparison.test("if (rule.id === 'start-spoor-2') return;")).toBe(true);
    expect(comparison.test("    case 'plan-van-aanpak':")).toBe(true);
    expect(comparison.test("m.id === 'evaluatie-3'")).toBe(true);
    expect(SAME_NAME_CONTEXT.test("if (event.type === 'plan-van-aanpak')")).toBe(true);
    expect(SAME_NAME_CONTEXT.test("case 'plan-van-aanpak': content.kind")).toBe(true);
  });
});
