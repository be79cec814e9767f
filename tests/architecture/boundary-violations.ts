import { dirname, join, normalize, sep } from 'node:path';
import { moduleImports } from './module-imports.js';

/**
 * The rules of `architecture.json` for one package.
 *
 * @example
 * ```ts
 * const rule: PackageRule = { allow: ['@poortwachter/core', 'zod'] };
 * ```
 * @category Architecture
 */
export interface PackageRule {
  allow: readonly string[];
  allowIn?: Readonly<Record<string, readonly string[]>>;
}

/**
 * A source file of a package: its path relative to the package (`src/render/x.ts`) and its text.
 *
 * @example
 * ```ts
 * const file: SourceFile = { path: 'src/index.ts', text: "export * from './x.js';" };
 * ```
 * @category Architecture
 */
export interface SourceFile {
  path: string;
  text: string;
}

/**
 * The package a module specifier names: `@scope/name/sub` → `@scope/name`, `name/sub` → `name`,
 * `node:fs` → `node:fs`.
 *
 * @param specifier - A bare module specifier.
 * @returns The package name.
 * @example
 * ```ts
 * packageName('date-fns/locale/nl'); // 'date-fns'
 * ```
 * @category Architecture
 */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

/**
 * Whether a path matches a glob of architecture.json: `**` is any number of folders, `*` any
 * part of one name.
 *
 * @param glob - E.g. `src/node/**`.
 * @param path - A path relative to the package, with `/`.
 * @returns Whether it matches.
 * @example
 * ```ts
 * globMatches('src/node/**', 'src/node/index.ts'); // true
 * ```
 * @category Architecture
 */
export function globMatches(glob: string, path: string): boolean {
  let pattern = '';
  for (let i = 0; i < glob.length; i++) {
    if (glob.startsWith('**/', i)) {
      pattern += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      pattern += '.*';
      i += 1;
    } else if (glob[i] === '*') pattern += '[^/]*';
    else pattern += (glob[i] ?? '').replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${pattern}$`).test(path);
}

function insidePackage(file: string, specifier: string): boolean {
  const target = normalize(join(dirname(file), specifier));
  return target !== '..' && !target.startsWith(`..${sep}`);
}

function allowed(pattern: string, specifier: string, dependencies: readonly string[]): boolean {
  const name = packageName(specifier);
  if (pattern === '$dependencies') return dependencies.includes(name);
  if (pattern.endsWith('/*') || pattern === 'node:*') return name.startsWith(pattern.slice(0, -1));
  return name === pattern;
}

/**
 * The imports of a package's source files that its rule does not allow: a module outside the
 * allowed list (outside `allowIn` for the file's folder), or a relative import that leaves the
 * package (into another package's source, say).
 *
 * @param files - The package's source files, tests already left out.
 * @param rule - The package's rule.
 * @param dependencies - The names in the package's `dependencies` (for `$dependencies`).
 * @returns One line per violation, `<file>: <specifier>`; empty when all is well.
 * @example
 * ```ts
 * boundaryViolations([{ path: 'src/a.ts', text: "import 'docx';" }], { allow: [] }, []);
 * // ['src/a.ts: docx']
 * ```
 * @category Architecture
 */
export function boundaryViolations(
  files: readonly SourceFile[],
  rule: PackageRule,
  dependencies: readonly string[],
): string[] {
  const violations: string[] = [];
  for (const file of files) {
    const patterns = [
      ...rule.allow,
      ...Object.entries(rule.allowIn ?? {}).flatMap(([glob, extra]) =>
        globMatches(glob, file.path) ? extra : [],
      ),
    ];
    for (const specifier of moduleImports(file.text)) {
      const ok = specifier.startsWith('.')
        ? insidePackage(file.path, specifier)
        : patterns.some((p) => allowed(p, specifier, dependencies));
      if (!ok) violations.push(`${file.path}: ${specifier}`);
    }
  }
  return violations;
}
