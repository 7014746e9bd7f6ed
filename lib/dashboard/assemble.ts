// The whole dashboard from what was read: pure, so that every number on the page can be
// tested without a database. get-dashboard.ts does the reading.
import type { PublicIndicator } from "@/lib/public/public-indicators";
import { CITY_CODE } from "@/lib/reference/regions";
import { mustParsePeriod } from "@/lib/period";
import { buildAlerts, type DashAlert } from "./alerts";
import { buildChapters, type ChapterGroup } from "./chapters";
import { indicatorById, makeContext } from "./context";
import { buildCoreSection, CORE_TOTAL, type CoreSection } from "./core-industries";
import { buildDistrictSection, chooseRankIndicator, districtsInIndex, rankableIndicators, type DistrictSection } from "./districts";
import { buildEmerging, type EmergingGroup } from "./emerging";
import { availableQuarters, choosePeriod, chooseRegion, mergeQuarters, quartersIn, type DashFilters } from "./filters";
import type { RegionRow } from "./find-regions";
import { buildKpiCards, type KpiCard } from "./kpi-cards";
import type { LateIndicator } from "./late-indicators";
import { combineIndexes, indexObservations, indexValues, unreleasedSources, valueLists, type DashObs, type DashValues } from "./observations";
import { evaluateTarget, type TargetRow, type TargetView } from "./target-view";

export type DashboardInput = {
  indicators: readonly PublicIndicator[];
  /** The values read: at least every value of the selected area (get-dashboard.ts reads no more), as one list or by indicator. */
  observations: DashValues;
  /** The ranked indicator's values in every area, when read apart from `observations`. */
  ranking?: readonly DashObs[];
  /** Quarters with a value in any area, when known without reading every value. */
  quarters?: readonly string[];
  /** Which indicators have a value in a district, when known without reading every value. */
  inDistricts?: (indicatorId: number) => boolean;
  targets: readonly TargetRow[];
  late: readonly LateIndicator[];
  regions: readonly RegionRow[];
  filters: DashFilters;
};

export type Dashboard = {
  period: string;
  periods: string[];
  region: RegionRow;
  regions: readonly RegionRow[];
  rankOptions: PublicIndicator[];
  kpis: KpiCard[];
  core: CoreSection | null;
  districts: DistrictSection | null;
  emerging: EmergingGroup[];
  chapters: ChapterGroup[];
  alerts: DashAlert[];
  targets: (TargetView & { indicator: PublicIndicator })[];
  /** Approved-but-unreleased values the view draws on (pre-release access): logged. */
  unreleased: { batchIds: number[]; releaseIds: number[] };
  isDemo: boolean;
};

/**
 * The quarters on offer and the one shown (the one asked for, else the core total's newest in
 * the city): get-dashboard.ts calls it on the ranking's values first, to know how far back to
 * read the selected area (area-window.ts), and this file again on everything read.
 */
export function dashboardPeriod(
  filters: DashFilters,
  indicators: readonly PublicIndicator[],
  known: readonly string[],
  reads: readonly DashValues[],
): { quarters: string[]; period: string | null } {
  const total = indicators.find((i) => i.code === CORE_TOTAL);
  const index = combineIndexes(reads.map(indexValues));
  // quarters of each list (kept per list: an area held by indicator rescans only what a release changed)
  const quarters = mergeQuarters(known, quartersIn(reads.flatMap(valueLists)));
  const coreQuarters = total ? availableQuarters(index.series(total.id, CITY_CODE).map((p) => p.obs)) : [];
  return { quarters, period: choosePeriod(filters.period, quarters, coreQuarters) };
}

export function assembleDashboard(input: DashboardInput): Dashboard | null {
  const reads: DashValues[] = [input.observations, ...(input.ranking ? [input.ranking] : [])];
  const index = combineIndexes(reads.map(indexValues));
  const { quarters, period } = dashboardPeriod(input.filters, input.indicators, input.quarters ?? [], reads);
  if (!period) return null;
  const region = input.regions.find((r) => r.code === chooseRegion(input.filters.region, input.regions.map((r) => r.code)))!;
  const ctx = makeContext({ indicators: input.indicators, index, period, region: region.code, targets: input.targets });

  const rankOptions = rankableIndicators(input.indicators, input.inDistricts ?? districtsInIndex(ctx));
  const rankBy = chooseRankIndicator(rankOptions, input.filters.rank, CORE_TOTAL);
  const year = mustParsePeriod(period).year;
  const targets = input.targets
    .filter((t) => t.regionCode === region.code && t.year >= year)
    .flatMap((t) => {
      const ind = indicatorById(input.indicators, t.indicatorId);
      return ind ? [{ ...evaluateTarget(ind, ctx.index.series(ind.id, region.code, ctx.upTo), t), indicator: ind }] : [];
    });
  const used = usedValues(reads, ctx.upTo);
  return {
    period,
    periods: quarters,
    region,
    regions: input.regions,
    rankOptions,
    kpis: buildKpiCards(ctx),
    core: buildCoreSection(ctx),
    districts: rankBy ? buildDistrictSection(ctx, input.regions, rankBy) : null,
    emerging: buildEmerging(ctx),
    chapters: buildChapters(ctx, input.late),
    alerts: buildAlerts(ctx, input.late),
    targets,
    unreleased: unreleasedSources(used.unreleased),
    isDemo: used.demo,
  };
}

/** What the values up to the selected period's end say of their sources: any demo data, and the unreleased ones (whose batches a pre-release view logs). */
type Used = { demo: boolean; unreleased: readonly DashObs[] };

// per list and period end: an area held by indicator is scanned again only where a release changed it
const usedOf = new WeakMap<readonly DashObs[], Map<string, Used>>();

function usedIn(list: readonly DashObs[], upTo: string): Used {
  let byUpTo = usedOf.get(list);
  if (!byUpTo) usedOf.set(list, (byUpTo = new Map()));
  let u = byUpTo.get(upTo);
  if (!u) {
    const within = list.filter((o) => o.periodEnd <= upTo);
    byUpTo.set(upTo, (u = { demo: within.some((o) => o.isDemo), unreleased: within.filter((o) => o.unreleased) }));
  }
  return u;
}

function usedValues(reads: readonly DashValues[], upTo: string): Used {
  const each = reads.flatMap(valueLists).map((list) => usedIn(list, upTo));
  return { demo: each.some((u) => u.demo), unreleased: each.flatMap((u) => u.unreleased) };
}
