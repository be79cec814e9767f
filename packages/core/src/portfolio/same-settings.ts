import { canonicalSettings } from './canonical-summary.js';
import { portfolioError } from './portfolio-error.js';
import type { PortfolioSettings } from './portfolio-settings.js';

/**
 * Checks that each value is a summary or work list of this version with the settings of the
 * first, and returns those settings.
 *
 * @param kind - What the values must be.
 * @param values - The summaries or work lists.
 * @returns The settings of the first.
 * @throws PoortwachterError when a value is not of the kind or its settings differ.
 * @internal
 */
export function sameSettings(
  kind: 'poortwachter/portfolio-summary' | 'poortwachter/work-list',
  values: readonly { kind: string; version: number; settings: PortfolioSettings }[],
): PortfolioSettings {
  let first: string | null = null;
  values.forEach((v, i) => {
    if (typeof v !== 'object' || v === null || v.kind !== kind || v.version !== 1)
      throw portfolioError('portfolio/not-a-summary', [i]);
    const text = JSON.stringify(canonicalSettings(v.settings));
    first ??= text;
    if (text !== first) throw portfolioError('portfolio/settings-differ', [i, 'settings']);
  });
  return values[0]!.settings;
}
