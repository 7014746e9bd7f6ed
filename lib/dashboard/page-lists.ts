// How much of a long list the dashboard page lists. A leader takes in a few dozen lines, and at
// a province's scale (5,700 indicators) the page listed 400 alerts, 600 targets and 5,100
// indicators to rank by: 2.4 MB of HTML that took 0.3 s to render on every view (issue 21).
// So a long list shows those that need attention first, says how many there are, and the whole
// list is one link away (?all=alerts, ?all=targets); the ranking indicator is typed, with a
// list of suggestions, once there are too many to choose from a menu.
import type { PublicIndicator } from "@/lib/public/public-indicators";

/** Alerts and targets listed before "show all". */
export const LIST_SHOWN = 30;
/** Rankable indicators offered as a menu; beyond this the field takes a typed code. */
export const RANK_MENU_MAX = 200;

export type WholeList = "alerts" | "targets";

/** The list asked for whole (?all=alerts), if any. */
export function readWholeList(v: string | string[] | undefined): WholeList | null {
  const one = Array.isArray(v) ? v[0] : v;
  return one === "alerts" || one === "targets" ? one : null;
}

/**
 * At most `max` items, those that need attention first and otherwise in the list's own order,
 * returned in that order (the chapter view and the targets table).
 */
export function attentionFirst<T>(items: readonly T[], needsAttention: (item: T) => boolean, max: number): T[] {
  if (items.length <= max) return [...items];
  const chosen = new Set([...items.filter(needsAttention), ...items.filter((i) => !needsAttention(i))].slice(0, max));
  return items.filter((i) => chosen.has(i));
}

export type RankField = { kind: "menu"; options: readonly PublicIndicator[] } | { kind: "typed"; suggestions: readonly PublicIndicator[]; total: number };

/**
 * A menu of every rankable indicator while there are few; else a typed code with the first
 * `max` as suggestions, the current one among them (a page URL may name any).
 */
export function rankField(options: readonly PublicIndicator[], current: string | undefined, max = RANK_MENU_MAX): RankField {
  if (options.length <= max) return { kind: "menu", options };
  const first = options.slice(0, max);
  const chosen = current && !first.some((i) => i.code === current) ? options.find((i) => i.code === current) : undefined;
  return { kind: "typed", suggestions: chosen ? [chosen, ...first.slice(0, max - 1)] : first, total: options.length };
}
