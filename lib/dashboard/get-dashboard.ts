import "server-only";
// Reads what the dashboard shows and assembles it. Released values come through the public
// visibility rule (cached per visibility epoch); with the admin setting `prerelease.leaders`
// on, the staff-only read adds approved-but-unreleased values, and a view that draws on any
// of them is written to the audit trail before it is returned. What is read follows what is
// on the screen (read-values.ts): the selected area up to the selected quarter, the ranked
// indicator, not the table.
import { createHash } from "node:crypto";
import type { AuditContext } from "@/lib/audit/write-audit";
import { pool } from "@/lib/db";
import { catalogueCached, publicCached } from "@/lib/public/cache";
import { currentEpoch } from "@/lib/public/epoch";
import { findPublicIndicators } from "@/lib/public/public-indicators";
import { isoDate, mustParsePeriod, periodEnd } from "@/lib/period";
import { assembleDashboard, dashboardPeriod, type Dashboard } from "./assemble";
import { CORE_TOTAL } from "./core-industries";
import { chooseRankIndicator, rankableIndicators, rankingIndicatorIds } from "./districts";
import { chooseRegion, type DashFilters } from "./filters";
import { findLateIndicators } from "./find-late-indicators";
import { findRegions } from "./find-regions";
import { findTargets } from "./find-targets";
import { logPrereleaseView } from "./log-prerelease-view";
import { isPrereleaseEnabled } from "./prerelease-setting";
import { areaValues, districtIndicators, indicatorValues, offeredQuarters } from "./read-values";

/** What else than the epoch's values a released view is assembled from: the filters, the targets and the late indicators. */
function viewKey(filters: DashFilters, ...rest: unknown[]): string {
  return createHash("sha256").update(JSON.stringify([filters.period ?? null, filters.region ?? null, filters.rank ?? null, ...rest])).digest("base64url");
}

export type DashboardRead = { dashboard: Dashboard | null; prerelease: boolean };

export async function getDashboard(
  filters: DashFilters,
  audit: { ctx: AuditContext; via: "dashboard" | "export"; chart?: string },
  now: Date = new Date(),
): Promise<DashboardRead> {
  // the epoch before and after the reads: the assembled view is kept only when they agree (a
  // release time passing mid-request must not key the old epoch's view under the new one)
  const [{ key: before }, prerelease] = await Promise.all([currentEpoch(), isPrereleaseEnabled()]);
  const [indicators, regions, targets, late, quarters, inDistricts] = await Promise.all([
    catalogueCached("dashboard:indicators", () => findPublicIndicators(pool())),
    findRegions(),
    findTargets(),
    findLateIndicators(now),
    offeredQuarters(prerelease),
    districtIndicators(),
  ]);
  // the same choices assembleDashboard makes, made first so that only their values are read
  const region = chooseRegion(filters.region, regions.map((r) => r.code));
  const rankBy = chooseRankIndicator(rankableIndicators(indicators, (id) => inDistricts.has(id)), filters.rank, CORE_TOTAL);
  const ids = rankingIndicatorIds(indicators, rankBy, indicators.find((i) => i.code === CORE_TOTAL));
  // the ranking's values hold the core total's quarters, which choose the period when none is
  // asked for; the selected area is read up to that period's end
  const ranking = await indicatorValues(ids, prerelease, now);
  const { period } = dashboardPeriod(filters, indicators, quarters, [ranking]);
  const upTo = period ? isoDate(periodEnd(mustParsePeriod(period))) : null;
  const observations = upTo ? await areaValues({ region, upTo, indicators, targets }, prerelease, now) : new Map();
  const input = { indicators, observations, ranking, quarters, inDistricts: (id: number) => inDistricts.has(id), targets, late, regions, filters };
  // the released view is a function of what it was assembled from, so it is kept for the epoch:
  // assembling a status and alerts for each of a province's 5,700 indicators took 0.4–0.9 s
  const after = (await currentEpoch()).key;
  const keep = !prerelease && before === after;
  const dashboard = keep ? await publicCached(`dashboard:view:${after}:${viewKey(filters, targets, late)}`, async () => assembleDashboard(input)) : assembleDashboard(input);
  if (dashboard && dashboard.unreleased.batchIds.length) {
    await logPrereleaseView(audit.ctx, {
      ...dashboard.unreleased,
      via: audit.via,
      chart: audit.chart,
      period: dashboard.period,
      region: dashboard.region.code,
    });
  }
  return { dashboard, prerelease };
}
