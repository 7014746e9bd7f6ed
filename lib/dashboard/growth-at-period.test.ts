// The dashboard computes growth at the one period it shows (alerts.ts yoyAt, measures.ts
// levelGrowthAt) rather than over each whole series (issue 21): at every period it must give
// what the whole-series rules of lib/derive give there.
import { describe, expect, it } from "vitest";
import { mergeGrowth, yoyGrowthSeries } from "@/lib/derive/growth";
import { yoyAt, yoySeries } from "./alerts";
import { growthIndicatorOf, makeContext, seriesOf } from "./context";
import { coreData } from "./fixture-data";
import { levelGrowthAt } from "./measures";
import { indexObservations } from "./observations";
import { CITY, obs } from "./test-fixtures";

function context() {
  const { c, o } = coreData();
  // a published rate withheld at one period (null): the computed one stands in
  o.push(obs(c.de001, CITY, "2023Q2", "190"), obs(c.de002, CITY, "2024Q2", null));
  return { c, ctx: makeContext({ indicators: c.all, index: indexObservations(o), period: "2025Q3", region: CITY, targets: [] }) };
}

describe("growth at one period", () => {
  it("is the whole series' growth at that period, for every indicator and period", () => {
    const { c, ctx } = context();
    let compared = 0;
    for (const ind of c.all) {
      const levels = seriesOf(ctx, ind.id);
      const whole = yoySeries(ctx, ind, levels);
      for (const p of levels) {
        expect(yoyAt(ctx, ind, levels, p.period), `${ind.code} ${p.period}`).toEqual([{ period: p.period, value: whole.find((g) => g.period === p.period)?.value ?? null }]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  it("prefers the published rate and says which one it gave, as mergeGrowth does", () => {
    const { c, ctx } = context();
    const levels = seriesOf(ctx, c.de001.id);
    const official = seriesOf(ctx, growthIndicatorOf(ctx, c.de001.id)!.id);
    const merged = mergeGrowth(official, yoyGrowthSeries(levels));
    for (const p of ["2024Q2", "2024Q3", "2025Q1", "2025Q3"]) {
      const m = merged.find((g) => g.period === p)!;
      expect(levelGrowthAt(levels, official, p), p).toEqual(m.value === null ? null : { value: m.value, source: m.source });
    }
    expect(levelGrowthAt(levels, official, "2025Q3")).toEqual({ value: "8.6", source: "official" });
    expect(levelGrowthAt(levels, official, "2024Q2")?.source).toBe("computed"); // published one withheld
  });
});
