// The dashboard reads only what it shows (issue 21: the selected area, the ranked indicator,
// quarters and district indicators from index walks): on the demo it must show exactly what
// it showed when it read every released value.
import { afterAll, describe, expect, it } from "vitest";
import { SYSTEM_CONTEXT } from "@/lib/audit/write-audit";
import { pool } from "@/lib/db";
import { currentEpoch } from "@/lib/public/epoch";
import { findPublicIndicators } from "@/lib/public/public-indicators";
import { findVisibleObservations } from "@/lib/public/visible-observations";
import { assembleDashboard } from "./assemble";
import type { DashFilters } from "./filters";
import { findLateIndicators } from "./find-late-indicators";
import { findRegions } from "./find-regions";
import { findTargets } from "./find-targets";
import { getDashboard } from "./get-dashboard";
import { fromPublic } from "./observations";
import { setPrereleaseEnabled } from "./prerelease-setting";

describe("the dashboard's read", () => {
  afterAll(async () => {
    await pool().end();
  });

  it("gives the same dashboard as assembling it from every released value", async () => {
    await setPrereleaseEnabled(false, SYSTEM_CONTEXT); // released values only (another test may have turned it on)
    const now = new Date();
    const epoch = await currentEpoch();
    const [indicators, regions, targets, late, all] = await Promise.all([
      findPublicIndicators(pool()),
      findRegions(),
      findTargets(),
      findLateIndicators(now),
      findVisibleObservations(pool(), { asOf: epoch.at }),
    ]);
    const observations = all.map(fromPublic);
    const first = assembleDashboard({ indicators, observations, targets, late, regions, filters: {} })!;
    expect(first.districts).not.toBeNull();
    const otherRank = first.rankOptions.find((i) => i.code !== first.districts!.indicator.code)!.code;
    const filters: DashFilters[] = [
      {},
      { region: "210102" },
      { rank: otherRank },
      { region: "210112", rank: otherRank, period: first.periods.at(-1) },
      { period: first.periods[4] },
    ];
    for (const f of filters) {
      const whole = assembleDashboard({ indicators, observations, targets, late, regions, filters: f });
      const { dashboard } = await getDashboard(f, { ctx: SYSTEM_CONTEXT, via: "dashboard" }, now);
      expect(whole).not.toBeNull();
      expect(dashboard, JSON.stringify(f)).toEqual(whole);
    }
  });
});
