import { type LocalizedText, SEVERITY_LABELS, type Severity } from '@poortwachter/core';
import type { Style } from '../output/create-painter.js';

/**
 * How each finding severity  reads in text output, and its colour.
 *
 * @example
 * ```ts
 * SEVERITY_DISPLAY.error.label.nl; // 'fout'
 * ```
 * @category Output
 */
export const SEVERITY_DISPLAY: Record<Severity, { label: LocalizedText; style: Style }> = {
  error: { label: SEVERITY_LABELS.error, style: ['bold', 'red'] },
  warning: { label: SEVERITY_LABELS.warning, style: 'yellow' },
  info: { label: SEVERITY_LABELS.info, style: 'dim' },
};
