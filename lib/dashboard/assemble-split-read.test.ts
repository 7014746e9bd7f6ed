// get-dashboard.ts reads only what the page shows: the selected area's values, the ranked
// indicator's values in every area, and the quarters and district indicators from index
// walks (issue 21). Every figure on the page must be what reading every value gave.
import { describe, expect, it } from "vitest";
import { assembleDashboard, type DashboardInput } from "./assemble";
import { CORE_TOTAL } from "./core-industries";
import { chooseRankIndicator, rankableIndicators, rankingIndicatorIds } from "./districts";
import { availableQuarters } from "./filters";
import { coreData } from "./fixture-data";
import { CITY, obs, REGIONS } from "./test-fixtures";

function data() {
  const { c, o } = coreData();
  // a second indicator with district values, to rank by; and a district with values of its own
  o.push(obs(c.de032, "210102", "2024Q3", "40"), obs(c.de032, "210102", "2025Q3", "45"), obs(c.de032, "210112", "2025Q3", "50"));
  o.push(obs(c.de024, "210102", "2025M09", "90"));
  return { c, o };
}

/** The input as get-dashboard.ts builds it: the area's values and the ranking's, apart. */
function splitInput(filters: DashboardInput["filters"]): DashboardInput {
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
  }

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
