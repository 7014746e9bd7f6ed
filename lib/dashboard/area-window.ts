// How much of the selected area's history the dashboard reads (issue 21: reading every value
// of the city, every indicator's whole history, took the page from 0.3 s to 4.5 s at 100× the
// data). Most of what the page says about an indicator (its chapter status, its alerts, the
// emerging industries) needs only its latest value and the same period a year before, so:
//  - the indicators drawn as series or measured against a target are read whole (KPI cards
//    with their sparklines, the core industries' trend and shares, targets);
//  - every other indicator is read from two years (and a month) before the selected quarter's
//    end: enough for a latest value in the last year and its base a year earlier;
//  - an indicator whose latest value is older than a year (stale, or never updated) is read
//    whole as well, with its published growth rate, so its status and alerts stay what reading
//    everything gave.
// Pure: read-values.ts does the reading; the split-read test proves the page unchanged.
import type { PublicIndicator } from "@/lib/public/public-indicators";
import { growthIndicatorIn } from "./context";
import { coreParts, CORE_GDP_SHARE, CORE_TOTAL } from "./core-industries";
import { headlineCards } from "./kpi-cards";
import type { DashObs } from "./observations";
import type { TargetRow } from "./target-view";

export type AreaWindow = {
  /** YYYY-MM-DD: the earliest period end read for most indicators */
  from: string;
  /** YYYY-MM-DD: the selected quarter's end; nothing later is read */
  to: string;
  /** YYYY-MM-DD: an indicator with a value ending after this is fresh: its year-ago base is inside the window */
  freshAfter: string;
};

const iso = (d: Date) => d.toISOString().slice(0, 10);

export function areaWindow(upTo: string): AreaWindow {
  const [y, m, d] = upTo.split("-").map(Number);
  // a month of margin: a year-ago period may end a day or two earlier (28 February)
  return { from: iso(new Date(Date.UTC(y - 2, m - 2, d))), to: upTo, freshAfter: iso(new Date(Date.UTC(y - 1, m - 1, d))) };
}

/** The indicators whose whole series the page draws or measures: read whole in any case. */
export function wholeSeriesIds(indicators: readonly PublicIndicator[], targets: readonly TargetRow[], region: string): number[] {
  const ids = new Set<number>();
  const withGrowth = (i: PublicIndicator | undefined) => {
    if (!i) return;
    ids.add(i.id);
    const g = growthIndicatorIn(indicators, i.id);
    if (g) ids.add(g.id);
  };
  headlineCards(indicators).forEach(withGrowth);
  const total = indicators.find((i) => i.code === CORE_TOTAL);
  if (total) {
    withGrowth(total);
    coreParts(indicators, total).forEach(withGrowth);
  }
  for (const code of [CORE_GDP_SHARE, "GDP"]) withGrowth(indicators.find((i) => i.code === code));
  for (const t of targets) if (t.regionCode === region) withGrowth(indicators.find((i) => i.id === t.indicatorId));
  return [...ids].sort((a, b) => a - b);
}

/**
 * The indicators the window read leaves without a fresh value (none since `freshAfter`),
 * not read whole already: read whole too, with the growth rates published for them.
 */
export function staleIds(indicators: readonly PublicIndicator[], windowRead: readonly DashObs[], whole: readonly number[], w: AreaWindow): number[] {
  const fresh = new Set(windowRead.filter((o) => o.value !== null && o.periodEnd > w.freshAfter).map((o) => o.indicatorId));
  const done = new Set(whole);
  const ids = new Set<number>();
  for (const i of indicators) {
    // retired ones are on no panel (chapters, alerts, emerging and cards all skip them)
    if (i.retired || fresh.has(i.id) || done.has(i.id)) continue;
    ids.add(i.id);
    const g = growthIndicatorIn(indicators, i.id);
    if (g && !done.has(g.id)) ids.add(g.id);
  }
  return [...ids].sort((a, b) => a - b);
}

/** The area's values as one read: each indicator from exactly one of the three reads. */
export function combineAreaReads(reads: { whole: readonly DashObs[]; window: readonly DashObs[]; stale: readonly DashObs[] }, wholeIds: readonly number[], stale: readonly number[]): DashObs[] {
  const elsewhere = new Set([...wholeIds, ...stale]);
  return [...reads.whole, ...reads.window.filter((o) => !elsewhere.has(o.indicatorId)), ...reads.stale];
}
