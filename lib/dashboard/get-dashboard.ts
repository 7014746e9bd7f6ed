import "server-only";
// Reads what the dashboard needs and assembles it. Released values come through the public
// visibility rule (cached per visibility epoch); with the admin setting `prerelease.leaders`
// on, the staff-only read adds approved-but-unreleased values, and a view that draws on any
// of them is written to the audit trail before it is returned.
import type { AuditContext } from "@/lib/audit/write-audit";
import { pool } from "@/lib/db";
import { publicCached } from "@/lib/public/cache";
import { findPublicIndicators } from "@/lib/public/public-indicators";
import { findVisibleObservations } from "@/lib/public/visible-observations";
import { assembleDashboard, type Dashboard } from "./assemble";
import type { DashFilters } from "./filters";
import { findLateIndicators } from "./find-late-indicators";
import { findRegions } from "./find-regions";
import { findTargets } from "./find-targets";
import { logPrereleaseView } from "./log-prerelease-view";
import { fromPublic, type DashObs } from "./observations";
import { findApprovedObservations } from "./prerelease-observations";
import { isPrereleaseEnabled } from "./prerelease-setting";

async function releasedObservations(): Promise<DashObs[]> {
  return publicCached("dashboard:released", async (e) => (await findVisibleObservations(pool(), { asOf: e.at })).map(fromPublic));
}

export type DashboardRead = { dashboard: Dashboard | null; prerelease: boolean };

export async function getDashboard(
  filters: DashFilters,
  audit: { ctx: AuditContext; via: "dashboard" | "export"; chart?: string },
  now: Date = new Date(),
): Promise<DashboardRead> {
  const prerelease = await isPrereleaseEnabled();
  const [indicators, regions, targets, late, observations] = await Promise.all([
    publicCached("dashboard:indicators", () => findPublicIndicators(pool())),
    findRegions(),
    findTargets(),
    findLateIndicators(now),
    prerelease ? findApprovedObservations(pool(), { now }) : releasedObservations(),
  ]);
  const dashboard = assembleDashboard({ indicators, observations, targets, late, regions, filters });
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
