import { describe, expect, it } from 'vitest';
import { mergePortfolioSummaries } from './merge-portfolio-summaries.js';
import { mergeWorkLists } from './merge-work-lists.js';
import { portfolioWorkList } from './portfolio-work-list.js';
import { summarizePortfolio } from './summarize-portfolio.js';
import { HAND_MADE, HAND_MADE_AS_OF } from './test-helpers.js';

const options = { asOf: HAND_MADE_AS_OF, groupBy: ['afdeling'] };

describe('mergePortfolioSummaries and mergeWorkLists', () => {
  it('merge the parts of the hand-made portfolio into the whole, in any order, through JSON', () => {
    const whole = summarizePortfolio(HAND_MADE, options);
    const a = summarizePortfolio(HAND_MADE.slice(0, 3), options);
    const b = summarizePortfolio(HAND_MADE.slice(3, 5), { ...options, firstIndex: 3 });
    const c = summarizePortfolio(HAND_MADE.slice(5), { ...options, firstIndex: 5 });
    const viaJson = (x: unknown) => JSON.parse(JSON.stringify(x));
    expect(mergePortfolioSummaries(a, b, c)).toEqual(whole);
    const merged = mergePortfolioSummaries(viaJson(c), viaJson(a), viaJson(b));
    expect(JSON.stringify(merged)).toBe(JSON.stringify(whole));
    expect(mergePortfolioSummaries(whole)).toEqual(whole);

    const list = portfolioWorkList(HAND_MADE, options);
    const parts = [0, 3, 5].map((from, k, starts) =>
      portfolioWorkList(HAND_MADE.slice(from, starts[k + 1]), { ...options, firstIndex: from }),
    );
    expect(mergeWorkLists(parts[2]!, parts[0]!, parts[1]!)).toEqual(list);
  });

  it('refuse parts made with other settings, or what is not a summary', () => {
    const a = summarizePortfolio(HAND_MADE.slice(0, 2), options);
    const other = summarizePortfolio(HAND_MADE.slice(2), { ...options, window: 30 });
    expect(() => mergePortfolioSummaries(a, other)).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({ code: 'portfolio/settings-differ', path: [1, 'settings'] }),
        ],
      }),
    );
    const rules = summarizePortfolio([], { ...options, startSpoor2: 'one-year' });
    expect(() => mergePortfolioSummaries(a, rules)).toThrow(/settings|instellingen/);
    const list = portfolioWorkList([], options);
    expect(() => mergePortfolioSummaries(a, list as never)).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ code: 'portfolio/not-a-summary', path: [1] })],
      }),
    );
  });
});
