import { DOCUMENT_KINDS } from '@poortwachter/schema';
import { type CliIssue, cliIssue } from '../cli-issue.js';

const KINDS: readonly unknown[] = DOCUMENT_KINDS.map((k) => k.kind);

/**
 * The problem of a file whose `kind` is not the one `--kind` asks for: the file's kind is named
 * when it is a known kind (never an arbitrary value of the file).
 *
 * @param fileKind - The `kind` the file names.
 * @param kind - The kind asked for.
 * @returns The issue, on `--kind`.
 * @example
 * ```ts
 * kindMismatch('plan-van-aanpak', 'bijstelling').message.en;
 * // 'the content file is a document of another kind than --kind: plan-van-aanpak, not bijstelling'
 * ```
 * @category Input
 */
export function kindMismatch(fileKind: unknown, kind: string): CliIssue {
  return cliIssue(
    'cli/kind-mismatch',
    '--kind',
    KINDS.includes(fileKind)
      ? { nl: `${String(fileKind)}, niet ${kind}`, en: `${String(fileKind)}, not ${kind}` }
      : undefined,
  );
}
