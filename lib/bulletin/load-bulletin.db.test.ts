// The bulletin reads only what it shows (the city's figures, the districts' for the core
// total and its growth): it must say exactly what it said when it read every released value.
import { afterAll, describe, expect, it } from "vitest";
import { findRegions } from "@/lib/dashboard/find-regions";
import { fromPublic } from "@/lib/dashboard/observations";
import { publicPool } from "@/lib/db";
import { currentEpoch } from "@/lib/public/epoch";
import { findPublicIndicators } from "@/lib/public/public-indicators";
import { findVisibleObservations } from "@/lib/public/visible-observations";
import { findBulletinPeriods } from "./available-bulletins";
import { buildBulletin } from "./build-bulletin";
import { loadBulletin } from "./load-bulletin";

describe("the bulletin's read", () => {
  afterAll(async () => {
    await publicPool().end();
  });

  it("gives the same bulletin, in both languages, as building it from every released value", async () => {
    const periods = (await findBulletinPeriods()).slice(0, 2);
    expect(periods.length).toBeGreaterThan(0);
    const epoch = await currentEpoch();
    const [indicators, regions, all] = await Promise.all([findPublicIndicators(publicPool()), findRegions(), findVisibleObservations(publicPool(), { asOf: epoch.at })]);
    for (const period of periods) {
      for (const lang of ["zh", "en"] as const) {
        const whole = buildBulletin({ period, indicators, observations: all.map(fromPublic), regions }, lang);
        const loaded = await loadBulletin(period, lang);
        expect(whole).not.toBeNull();
        expect(loaded?.bulletin, `${period} ${lang}`).toEqual(whole);
      }
    }
  });
});
