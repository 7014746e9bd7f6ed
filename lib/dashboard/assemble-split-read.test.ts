// get-dashboard.ts reads only what the page shows: the selected area's values (most indicators
// for two years only, area-window.ts), the ranked indicator's values in every area, and the
// quarters and district indicators from index walks (issue 21). Every figure on the page must
// be what reading every value gave.
import { describe, expect, it } from "vitest";
import { isoDate, mustParsePeriod, periodEnd } from "@/lib/period";
import { areaWindow, combineAreaReads, staleIds, wholeSeriesIds } from "./area-window";
import { assembleDashboard, dashboardPeriod, type DashboardInput } from "./assemble";
import { CORE_TOTAL } from "./core-industries";
import { chooseRankIndicator, rankableIndicators, rankingIndicatorIds } from "./districts";
import { availableQuarters } from "./filters";
import { coreData } from "./fixture-data";
import type { DashObs } from "./observations";
import { CITY, indicator, obs, REGIONS } from "./test-fixtures";

function data() {
  const { c, o } = coreData();
  // a second indicator with district values, to rank by; and a district with values of its own
  o.push(obs(c.de032, "210102", "2024Q3", "40"), obs(c.de032, "210102", "2025Q3", "45"), obs(c.de032, "210112", "2025Q3", "50"));
  o.push(obs(c.de024, "210102", "2025M09", "90"));
  // history the two-year window leaves out: an old value of a fresh indicator; an annual one
  // last reported in 2020; a level last reported in 2022Q3 whose published growth rate goes on
  // (its growth at 2022Q3 is the published -1.0, not the +10 % its levels give: a "fell" alert)
  o.push(obs(c.de032, CITY, "2021Q3", "900"));
  o.push(obs(c.de036, CITY, "2019", "30"), obs(c.de036, CITY, "2020", "25"));
  const level = indicator("DE040", { chapter: "DIGITALIZATION" });
  const growth = indicator("DE041", { unit: "%", measureType: "GROWTH", growthOfId: level.id, chapter: "DIGITALIZATION" });
  o.push(obs(level, CITY, "2021Q3", "100"), obs(level, CITY, "2022Q3", "110"));
  o.push(obs(growth, CITY, "2022Q3", "-1.0"), obs(growth, CITY, "2025Q3", "3.0"));
  return { c: { ...c, all: [...c.all, level, growth] }, o };
}

/** The input as get-dashboard.ts builds it: the area's values and the ranking's, apart. */
function splitInput(filters: DashboardInput["filters"]): DashboardInput & { observations: DashObs[] } {
  const { c, o } = data();
  const region = filters.region ?? CITY;
  const districts = new Set(o.filter((x) => x.regionCode !== CITY).map((x) => x.indicatorId));
  const rankBy = chooseRankIndicator(rankableIndicators(c.all, (id) => districts.has(id)), filters.rank, CORE_TOTAL);
  const ids = new Set(rankingIndicatorIds(c.all, rankBy, c.de001));
  return {
    indicators: c.all,
    observations: o.filter((x) => x.regionCode === region),
    ranking: o.filter((x) => ids.has(x.indicatorId)),
    quarters: availableQuarters(o),
    inDistricts: (id) => districts.has(id),
    targets: [],
    late: [],
    regions: REGIONS,
    filters,
  };
}

/** As get-dashboard.ts reads it: the period from the ranking first, then the area in three reads (area-window.ts). */
function windowInput(filters: DashboardInput["filters"]): DashboardInput & { observations: DashObs[] } {
  const split = splitInput(filters);
  const { o } = data();
  const region = filters.region ?? CITY;
  const { period } = dashboardPeriod(filters, split.indicators, split.quarters!, [split.ranking!]);
  const w = areaWindow(isoDate(periodEnd(mustParsePeriod(period!))));
  const read = (f: { indicatorIds?: readonly number[]; from?: string }): DashObs[] =>
    o.filter((x) => x.regionCode === region && (!f.indicatorIds || f.indicatorIds.includes(x.indicatorId)) && (!f.from || x.periodEnd >= f.from) && x.periodEnd <= w.to);
  const whole = wholeSeriesIds(split.indicators, split.targets, region);
  const windowRead = read({ from: w.from });
  const stale = staleIds(split.indicators, windowRead, whole, w);
  return { ...split, observations: combineAreaReads({ whole: read({ indicatorIds: whole }), window: windowRead, stale: read({ indicatorIds: stale }) }, whole, stale) };
}

function fullInput(filters: DashboardInput["filters"]): DashboardInput {
  const { c, o } = data();
  return { indicators: c.all, observations: o, targets: [], late: [], regions: REGIONS, filters };
}

describe("the dashboard from the values on screen", () => {
  for (const filters of [{}, { region: "210102" }, { rank: "DE032" }, { region: "210112", rank: "DE032", period: "2024Q3" }, { rank: "GDP" }]) {
    it(`shows what reading every value showed (${JSON.stringify(filters)})`, () => {
      const split = assembleDashboard(splitInput(filters));
      expect(split).not.toBeNull();
      expect(split).toEqual(assembleDashboard(fullInput(filters)));
    });

    it(`shows it with most of the area read for two years only (${JSON.stringify(filters)})`, () => {
      const windowed = windowInput(filters);
      const full = splitInput(filters).observations;
      if (!filters.period && !filters.region) expect(windowed.observations.length, "the window leaves values out").toBeLessThan(full.length);
      expect(assembleDashboard(windowed)).toEqual(assembleDashboard(fullInput(filters)));
    });

    it(`shows it from the area held by indicator, as read-values.ts keeps it across releases (${JSON.stringify(filters)})`, () => {
      const windowed = windowInput(filters);
      const lists = new Map<number, DashObs[]>();
      for (const o of windowed.observations) lists.set(o.indicatorId, [...(lists.get(o.indicatorId) ?? []), o]);
      const held = { ...windowed, observations: lists };
      const once = assembleDashboard(held);
      expect(once).toEqual(assembleDashboard(fullInput(filters)));
      // a second view of the same lists (its series and derived items reused) says the same
      expect(assembleDashboard(held)).toEqual(once);
    });
  }

  it("after a release replaces one indicator's list, re-derives what it changes and keeps the rest, as a view made anew", () => {
    const windowed = windowInput({});
    const lists = new Map<number, DashObs[]>();
    for (const o of windowed.observations) lists.set(o.indicatorId, [...(lists.get(o.indicatorId) ?? []), o]);
    const before = assembleDashboard({ ...windowed, observations: lists })!;
    // a release of DE041 (the published growth rate of DE040): its 2022Q3 rate revised to +2.0, so
    // stale DE040 no longer "fell" (its alert reads the rate, not its own list)
    const growth = windowed.indicators.find((i) => i.code === "DE041")!;
    const released = new Map(lists).set(growth.id, lists.get(growth.id)!.map((o) => (o.period === "2022Q3" ? { ...o, value: "2.0" } : o)));
    const patched = assembleDashboard({ ...windowed, observations: released })!;
    const anew = assembleDashboard({ ...windowed, observations: new Map([...released].map(([id, l]) => [id, [...l]])) })!;
    expect(patched).toEqual(anew);
    expect(patched.alerts).not.toEqual(before.alerts); // the release changed what the alerts say
  });

  it("keeps what only old values say: a stale indicator's status, a stale level's published growth alert", () => {
    const d = assembleDashboard(windowInput({}))!;
    const item = (code: string) => d.chapters.flatMap((ch) => ch.items).find((i) => i.indicator.code === code)!;
    expect([item("DE036").latestPeriod, item("DE036").status]).toEqual(["2020", "worsening"]);
    expect(d.alerts.filter((a) => a.indicator.code === "DE040").map((a) => [a.code, a.period])).toEqual([["fell-yoy", "2022Q3"]]);
    expect(item("DE032").latestPeriod).toBe("2025Q3");
  });

  it("ranks the districts by the indicator asked for, read in every area", () => {
    const d = assembleDashboard(splitInput({ rank: "DE032" }))!;
    expect(d.districts!.indicator.code).toBe("DE032");
    expect(d.districts!.rows.map((r) => [r.region.code, r.value, r.rank])).toEqual([
      ["210112", "50", 1],
      ["210102", "45", 2],
      ["210103", null, null],
    ]);
    expect(d.rankOptions.map((i) => i.code)).toEqual(["DE001", "DE024", "DE032"]);
  });
});
