/** Types of `footprint-lines.mjs`. */
export declare function bundleLine(
  bundle: { name: string; maxGzipKb?: number },
  size: { minified: number; gzip: number; lazy?: { minified: number; gzip: number } },
): string;
export declare function importLine(
  entry: { name: string; beforeMs?: number; maxShareOfBefore?: number },
  medianMs: number,
): string;
