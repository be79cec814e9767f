import type { Timeline } from '../types.js';

/** The due dates of a timeline by milestone id (test helper). */
export function dues(t: Timeline): Record<string, string | null> {
  return Object.fromEntries(t.milestones.map((m) => [m.id, m.due]));
}

/** One milestone of a timeline by id (test helper); throws when absent. */
export function milestone(t: Timeline, id: string) {
  const m = t.milestones.find((x) => x.id === id);
  if (!m) throw new Error(`no milestone ${id}`);
  return m;
}
