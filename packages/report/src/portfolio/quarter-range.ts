/**
 * Every quarter from the first to the last of the given ones (`YYYY-Qn`), in order, so that a
 * trend chart's axis runs evenly through time and a quarter without cases shows as a gap.
 *
 * @param periods - Quarters in time order, as `portfolioTrend(summary, 'quarter')` gives them.
 * @returns The quarters from the first to the last, none left out; empty for none.
 * @example
 * ```ts
 * quarterRange(['2023-Q4', '2024-Q2']); // ['2023-Q4', '2024-Q1', '2024-Q2']
 * ```
 * @category Portfolio report
 */
export function quarterRange(periods: readonly string[]): string[] {
  const first = periods[0];
  const last = periods.at(-1);
  if (first === undefined || last === undefined) return [];
  const index = (q: string) => Number(q.slice(0, 4)) * 4 + Number(q.slice(6)) - 1;
  const out: string[] = [];
  for (let i = index(first); i <= index(last); i++)
    out.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  return out;
}
