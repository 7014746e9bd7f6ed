// The demo's figures on 2026-12-06 against the published scale of Shenyang's statistics, and
// the invariant checkers of demo-invariants.ts fed broken copies of the data, to show that each
// one can fail (generate.test.ts runs them on the untouched demo of several days).
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import {
  CITY,
  DISTRICTS,
  allViolations,
  checkComponentsBelowTotals,
  checkDistrictsSumToCity,
  checkGdpShare,
  checkGrowth,
  checkNoJanuaryForCumulative,
  checkPartsSumToTotal,
  checkRates,
  checkRdIntensity,
  checkYearToDate,
  demoSchedule,
  expectedPeriods,
  key,
  naiveGrowth,
  vintages,
  type Demo,
  type Values,
} from "./demo-invariants";
import { generateDemo } from "./generate";

const demo = generateDemo("2026-12-06");
const { latest } = vintages(demo);
const city = (v: Values, i: string, p: string) => v.get(key(i, CITY, p))!;

describe("demo data: magnitudes follow the published figures", () => {
  it("GDP is about 9 000 亿元 in 2024 and core value added is 5–7% of it", () => {
    const gdp = city(latest, "GDP", "2024Q4");
    expect(gdp.toNumber()).toBeGreaterThan(8700);
    expect(gdp.toNumber()).toBeLessThan(9300);
    expect(city(latest, "GDP", "2024Q3").toNumber()).toBeGreaterThan(5800);
    expect(city(latest, "GDP", "2024Q3").toNumber()).toBeLessThan(6300);
    for (const y of [2022, 2023, 2024, 2025]) {
      const share = city(latest, "DE001", `${y}Q4`).div(city(latest, "GDP", `${y}Q4`)).toNumber();
      expect(share).toBeGreaterThan(0.05);
      expect(share).toBeLessThan(0.07);
    }
  });

  it("the four core industries rank 03 > 01 > 04 > 02 for the city", () => {
    for (const p of expectedPeriods("DE001", 2022, "2026Q3")) {
      const [m01, m02, m03, m04] = ["DE004", "DE005", "DE006", "DE007"].map((i) => city(latest, i, p));
      expect(m03.gt(m01) && m01.gt(m04) && m04.gt(m02), p).toBe(true);
    }
  });

  it("四上 revenue, software revenue, 5G base stations and their density are near the published scale", () => {
    const de008 = city(latest, "DE008", "2023Q2").toNumber();
    expect(de008).toBeGreaterThan(280);
    expect(de008).toBeLessThan(340);
    expect(city(latest, "DE012", "2023M12").toNumber()).toBeLessThan(2247 / 2);
    const bs2022 = city(latest, "DE024", "2022M12").toNumber();
    expect(bs2022).toBeGreaterThan(27000);
    expect(bs2022).toBeLessThan(33000);
    expect(city(latest, "DE024", "2023M12").gt(bs2022)).toBe(true);
    // per 10,000 people: published 22.4 for 2022 on a narrower base; here of the same order
    expect(city(latest, "DE025", "2022Q4").toNumber()).toBeGreaterThan(20);
    expect(city(latest, "DE025", "2022Q4").toNumber()).toBeLessThan(40);
  });

  it("districts differ: 浑南 leads digital technology, 铁西 manufacturing, the counties are small", () => {
    for (const p of expectedPeriods("DE001", 2022, "2026Q3")) {
      const rank = (ind: string) => [...DISTRICTS].sort((a, b) => latest.get(key(ind, b, p))!.cmp(latest.get(key(ind, a, p))!));
      expect(rank("DE006")[0]).toBe("210112"); // 浑南区
      expect(rank("DE004")[0]).toBe("210106"); // 铁西区
      for (const county of ["210123", "210124", "210181"]) expect(rank("DE001").indexOf(county)).toBeGreaterThanOrEqual(9);
    }
  });
});

describe("the checkers can fail", () => {
  /** A copy of the latest values with one value changed. */
  const bump = (i: string, r: string, p: string, to: (v: Decimal) => Decimal): Values => {
    const v = new Map(latest);
    v.set(key(i, r, p), to(latest.get(key(i, r, p))!));
    return v;
  };

  it("a district value off by 0.01 breaks the district sum and the parts sum", () => {
    const v = bump("DE006", "210112", "2023Q2", (x) => x.plus("0.01"));
    expect(checkDistrictsSumToCity(v).length).toBeGreaterThan(0);
    expect(checkPartsSumToTotal(v).length).toBeGreaterThan(0);
  });

  it("a YTD value lower than the month before is caught", () => {
    const april = latest.get(key("DE012", "210102", "2024M04"))!;
    expect(checkYearToDate(bump("DE012", "210102", "2024M05", () => april.minus("0.01")))).toHaveLength(1);
  });

  it("a January value of a cumulative indicator is caught", () => {
    const v = new Map(latest);
    v.set(key("DE012", CITY, "2024M01"), latest.get(key("DE012", CITY, "2024M02"))!);
    expect(checkNoJanuaryForCumulative(v)).toHaveLength(1);
  });

  it("a growth rate equal to the naive ratio, or far from it, is caught", () => {
    const naive = naiveGrowth(latest, "DE001", CITY, "2024Q2")!.toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
    expect(checkGrowth(bump("DE002", CITY, "2024Q2", () => naive)).bad).toHaveLength(1);
    expect(checkGrowth(bump("DE002", CITY, "2024Q2", () => naive.plus(3))).bad).toHaveLength(1);
  });

  it("a city rate that is a sum of district rates, a wrong share of GDP or R&D intensity is caught", () => {
    const total = DISTRICTS.reduce((s, r) => s.plus(latest.get(key("DE041", r, "2023"))!), new Decimal(0));
    expect(checkRates(bump("DE041", CITY, "2023", () => total)).length).toBeGreaterThan(0);
    expect(checkGdpShare(bump("DE003", "210106", "2024Q1", (x) => x.plus("0.01")))).toHaveLength(1);
    expect(checkRdIntensity(bump("DE052", "210112", "2024", (x) => x.plus("0.1")))).toHaveLength(1);
  });

  it("a component above its total is caught", () => {
    const total = latest.get(key("DE047", "210103", "2025M06"))!;
    expect(checkComponentsBelowTotals(bump("DE048", "210103", "2025M06", () => total.plus("0.01")))).toHaveLength(1);
  });

  it("a second overdue return shows in the schedule", () => {
    // drop a batch that arrived on time: its return turns overdue
    const gone = demo.batches.find((b) => b.key.startsWith("industry-2026M11|data"))!.key;
    const d: Demo = { ...demo, observations: demo.observations.filter((o) => o.batch !== gone) };
    expect(demoSchedule(d).filter((i) => i.status === "overdue").map((i) => i.code).sort()).toEqual(["DE030", "DE039"]);
  });

  it("all checkers pass on the untouched data", () => {
    expect(allViolations(latest)).toEqual([]);
    expect(checkGrowth(latest).compared).toBeGreaterThan(500);
  });
});
