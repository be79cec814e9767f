/**
 * The `kind` a parsed content file names, before it is validated: what `batch` sorts content
 * files from other JSON files (such as case files) by, and what `--kind` is checked against.
 *
 * @param raw - Parsed JSON.
 * @returns The value of a top-level `kind` in an object, else `undefined`.
 * @example
 * ```ts
 * contentKind({ kind: 'plan-van-aanpak', case: 'case.json' }); // 'plan-van-aanpak'
 * contentKind({ sickPeriods: [] }); // undefined
 * ```
 * @category Input
 */
export function contentKind(raw: unknown): unknown {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw)
    ? (raw as { kind?: unknown }).kind
    : undefined;
}
