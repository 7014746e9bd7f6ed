// The synthetic demo data against its invariants (lib/demo/demo-invariants.ts, recomputed
// independently of the generator), its shape, flags, releases and magnitudes; the last block
// feeds the checkers broken copies of the data to show that each one can fail.
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { mustParsePeriod, periodEnd } from "@/lib/period";
import {
  CITY,
  DISTRICTS,
  allViolations,
  checkDistrictsSumToCity,
  checkGdpShare,
  checkGrowth,
  checkNoJanuaryForCumulative,
  checkPartsSumToTotal,
  checkRates,
  checkRdIntensity,
  checkYearToDate,
  expectedPeriods,
  indicatorsOf,
  key,
  naiveGrowth,
  series,
  spec,
  vintages,
  type Demo,
  type Values,
} from "./demo-invariants";
import { generateDemo, type DemoObservation } from "./generate";

// ---------------------------------------------------------------- tests

const demo = generateDemo();
const { first, latest, count } = vintages(demo);
const releaseByKey = new Map(demo.releases.map((r) => [r.key, r]));
const city = (v: Values, i: string, p: string) => v.get(key(i, CITY, p))!;

describe("demo data: shape", () => {
  it("is deterministic", () => {
    expect(generateDemo()).toEqual(demo);
  });

  it("writes every value as a plain decimal string with the indicator's decimals", () => {
    const bad = demo.observations.filter((o) => {
      if (!/^-?\d+(\.\d+)?$/.test(o.value)) return true;
      const places = o.value.split(".")[1]?.length ?? 0;
      const d = new Decimal(o.value);
      if (!d.isFinite() || d.toFixed(places) !== o.value) return true;
      // catalogue decimals; DE003 (share of GDP) is published to 2 decimals
      return places !== (o.indicator === "DE003" ? 2 : spec(o.indicator).decimals);
    });
    expect(bad.slice(0, 5)).toEqual([]);
    expect(demo.observations.length).toBeGreaterThan(5000);
  });

  it("covers the required indicators, 25–30 in all, with several from every chapter", () => {
    const inds = indicatorsOf(latest);
    expect(inds.length).toBeGreaterThanOrEqual(25);
    expect(inds.length).toBeLessThanOrEqual(30);
    for (const c of ["DE001", "DE002", "DE003", "DE004", "DE005", "DE006", "DE007", "DE008", "DE009", "DE010", "DE011", "GDP"]) {
      expect(inds).toContain(c);
    }
    for (const chapter of ["INFRASTRUCTURE", "DATA_FACTOR", "INDUSTRIALIZATION", "DIGITALIZATION", "INNOVATION"]) {
      expect(inds.filter((i) => spec(i).chapter === chapter).length, chapter).toBeGreaterThanOrEqual(3);
    }
    const monthly = inds.filter((i) => spec(i).frequency === "MONTH");
    const yearly = inds.filter((i) => spec(i).frequency === "YEAR");
    expect(monthly).toEqual(expect.arrayContaining(["DE012", "DE013", "DE024"]));
    expect(monthly.some((i) => spec(i).measureType === "CUMULATIVE")).toBe(true);
    expect(monthly.some((i) => spec(i).measureType === "STOCK")).toBe(true);
    expect(yearly.length).toBeGreaterThanOrEqual(2);
    expect(yearly.some((i) => spec(i).measureType === "RATE")).toBe(true);
  });

  it("has every indicator for the city and all 13 districts in exactly its frequency's periods", () => {
    expect(DISTRICTS).toHaveLength(13);
    const s = series(latest);
    for (const [ind, byRegion] of s) {
      expect([...byRegion.keys()].sort(), ind).toEqual([CITY, ...DISTRICTS].sort());
      const want = expectedPeriods(ind);
      for (const [r, periods] of byRegion) expect([...periods].sort(), `${ind} ${r}`).toEqual([...want].sort());
    }
    // 2021 is generated as the growth base but never output
    expect(demo.observations.filter((o) => o.period.startsWith("2021"))).toEqual([]);
  });

  it("has no January value for year-to-date monthly indicators, but stocks have one", () => {
    expect(checkNoJanuaryForCumulative(latest)).toEqual([]);
    expect(latest.has(key("DE024", CITY, "2023M01"))).toBe(true);
    expect(latest.has(key("DE012", CITY, "2023M02"))).toBe(true);
  });
});

describe("demo data: invariants hold in both vintages", () => {
  for (const [name, v] of [["first-published", first], ["latest", latest]] as const) {
    it(`${name}: districts sum exactly to the city for additive indicators`, () => {
      expect(checkDistrictsSumToCity(v)).toEqual([]);
    });
    it(`${name}: DE004+DE005+DE006+DE007 = DE001 for every region and period`, () => {
      expect(checkPartsSumToTotal(v)).toEqual([]);
    });
    it(`${name}: year-to-date values never fall within a year`, () => {
      expect(checkYearToDate(v)).toEqual([]);
    });
    it(`${name}: growth rates lie in −10…30, within 2 pp of the levels but not the naive ratio`, () => {
      const { bad, compared } = checkGrowth(v);
      expect(bad.slice(0, 5)).toEqual([]);
      expect(compared).toBeGreaterThan(500);
    });
    it(`${name}: rates are within bounds and the city rate is weighted (DE003, DE052 exact)`, () => {
      expect(checkRates(v)).toEqual([]);
      expect(checkGdpShare(v)).toEqual([]);
      expect(checkRdIntensity(v)).toEqual([]);
    });
  }
});

describe("demo data: flags and revision", () => {
  it("flags the latest quarter's quarterly values as preliminary, and nothing else outside the revised set", () => {
    for (const o of demo.observations) {
      const quarterly = spec(o.indicator).frequency === "QUARTER";
      const rel = releaseByKey.get(o.release)!;
      if (o.period === "2025Q3" && quarterly) expect(o.flag, `${o.indicator} ${o.region}`).toBe("PRELIMINARY");
      else if (o.flag) {
        // preliminary 2024Q4 values that a later release revises
        expect(o.period).toBe("2024Q4");
        expect(rel.revisionReason).toBeUndefined();
        expect(count.get(key(o.indicator, o.region, o.period))).toBe(2);
      }
    }
  });

  it("revises 2024Q4 of DE001–DE007 in a later PRELIMINARY_TO_FINAL release", () => {
    const revisions = demo.releases.filter((r) => r.revisionReason === "PRELIMINARY_TO_FINAL");
    expect(revisions).toHaveLength(1);
    const rev = revisions[0];
    const revObs = demo.observations.filter((o) => o.release === rev.key);
    for (const ind of ["DE001", "DE004", "DE005", "DE006", "DE007"]) {
      for (const r of [CITY, ...DISTRICTS]) {
        const k = key(ind, r, "2024Q4");
        expect(count.get(k), k).toBe(2);
        expect(revObs.some((o) => o.indicator === ind && o.region === r && o.period === "2024Q4")).toBe(true);
      }
    }
    const original = releaseByKey.get("2024Q4")!;
    expect(Date.parse(rev.releaseAt)).toBeGreaterThan(Date.parse(original.releaseAt));
    expect(first.get(key("DE001", CITY, "2024Q4"))!.eq(latest.get(key("DE001", CITY, "2024Q4"))!)).toBe(false);
    const changed = revObs.filter((o) => !first.get(key(o.indicator, o.region, o.period))!.eq(o.value));
    expect(changed.length).toBeGreaterThan(revObs.length / 2);
    // every revised key was first published in the ordinary release of its period
    for (const o of revObs) expect(demo.observations.some((x) => x.release === o.period && x.indicator === o.indicator && x.region === o.region)).toBe(true);
  });
});

describe("demo data: releases", () => {
  const WEEKDAY = (iso: string) => new Date(iso).getUTCDay();

  it("links every observation to a release that lists its indicators and has its period", () => {
    expect(new Set(demo.releases.map((r) => r.key)).size).toBe(demo.releases.length);
    const seen = new Map<string, Set<string>>();
    for (const o of demo.observations) {
      const r = releaseByKey.get(o.release);
      expect(r, o.release).toBeDefined();
      expect(o.period).toBe(r!.period);
      if (!seen.has(o.release)) seen.set(o.release, new Set());
      seen.get(o.release)!.add(o.indicator);
    }
    for (const r of demo.releases) expect([...seen.get(r.key)!].sort()).toEqual([...r.indicators].sort());
  });

  it("times releases like a statistics bureau, at 10:00 Beijing time on working days, all in the past", () => {
    for (const r of demo.releases) {
      expect(r.releaseAt).toMatch(/^\d{4}-\d{2}-\d{2}T02:00:00\.000Z$/);
      expect([0, 6]).not.toContain(WEEKDAY(r.releaseAt));
      const p = mustParsePeriod(r.period);
      const at = new Date(r.releaseAt);
      const days = Math.floor((at.getTime() - periodEnd(p).getTime()) / 86400_000); // whole days after the period's last day
      if (r.revisionReason) expect(days).toBeGreaterThan(60);
      else if (p.freq === "QUARTER") {
        expect(days, r.key).toBeGreaterThanOrEqual(25);
        expect(days, r.key).toBeLessThanOrEqual(30);
      } else if (p.freq === "MONTH") {
        expect(at.getUTCMonth()).toBe(p.sub % 12); // the following month
        expect(at.getUTCDate()).toBeGreaterThanOrEqual(15);
        expect(at.getUTCDate()).toBeLessThanOrEqual(20);
      } else {
        expect(at.getUTCFullYear()).toBe(p.year + 1);
        expect([2, 3]).toContain(at.getUTCMonth()); // March or April
      }
    }
    const last = [...demo.releases].sort((a, b) => a.releaseAt.localeCompare(b.releaseAt)).at(-1)!;
    expect(last.key).toBe("2025Q3");
    expect(last.releaseAt.slice(0, 7)).toBe("2025-10");
    expect(demo.releases.every((r) => Date.parse(r.releaseAt) < Date.parse("2025-11-01T00:00:00Z"))).toBe(true);
  });

  it("titles releases in the style of the NBS release calendar", () => {
    expect(releaseByKey.get("2025Q3")!.titleZh).toBe("2025年前三季度沈阳市数字经济核心产业主要指标");
    expect(releaseByKey.get("2025Q3")!.titleEn).toContain("2025 Q1–Q3");
    expect(releaseByKey.get("2025M09")!.titleZh).toMatch(/^2025年1—9月沈阳市/);
    expect(releaseByKey.get("2024M02")!.titleZh).toMatch(/^2024年1—2月沈阳市/);
    expect(releaseByKey.get("2024")!.titleZh).toMatch(/^2024年沈阳市/);
    for (const r of demo.releases) {
      expect(r.titleZh).toMatch(/^20\d\d年.*沈阳市.+/);
      expect(r.titleEn).toMatch(/Shenyang/);
    }
  });
});

describe("demo data: magnitudes follow notes.md §4", () => {
  it("GDP is about 9 000 亿元 in 2024 and core value added is 5–7% of it", () => {
    const gdp = city(latest, "GDP", "2024Q4");
    expect(gdp.toNumber()).toBeGreaterThan(8700);
    expect(gdp.toNumber()).toBeLessThan(9300);
    expect(city(latest, "GDP", "2024Q3").toNumber()).toBeGreaterThan(5800);
    expect(city(latest, "GDP", "2024Q3").toNumber()).toBeLessThan(6300);
    for (const y of [2022, 2023, 2024]) {
      const share = city(latest, "DE001", `${y}Q4`).div(city(latest, "GDP", `${y}Q4`)).toNumber();
      expect(share).toBeGreaterThan(0.05);
      expect(share).toBeLessThan(0.07);
    }
  });

  it("the four core industries rank 03 > 01 > 04 > 02 for the city", () => {
    for (const p of expectedPeriods("DE001")) {
      const [m01, m02, m03, m04] = ["DE004", "DE005", "DE006", "DE007"].map((i) => city(latest, i, p));
      expect(m03.gt(m01) && m01.gt(m04) && m04.gt(m02), p).toBe(true);
    }
  });

  it("四上 revenue, software revenue and 5G base stations are near the published scale", () => {
    const de008 = city(latest, "DE008", "2023Q2").toNumber();
    expect(de008).toBeGreaterThan(280);
    expect(de008).toBeLessThan(340);
    expect(city(latest, "DE012", "2023M12").toNumber()).toBeLessThan(2247 / 2);
    const bs2022 = city(latest, "DE024", "2022M12").toNumber();
    expect(bs2022).toBeGreaterThan(27000);
    expect(bs2022).toBeLessThan(33000);
    expect(city(latest, "DE024", "2023M12").gt(bs2022)).toBe(true);
    expect(city(latest, "DE024", "2025M09").gt(city(latest, "DE024", "2024M12"))).toBe(true);
  });

  it("districts differ: 浑南 leads digital technology, 铁西 manufacturing, the counties are small", () => {
    for (const p of expectedPeriods("DE001")) {
      const rank = (ind: string) => [...DISTRICTS].sort((a, b) => latest.get(key(ind, b, p))!.cmp(latest.get(key(ind, a, p))!));
      expect(rank("DE006")[0]).toBe("210112"); // 浑南区
      expect(rank("DE004")[0]).toBe("210106"); // 铁西区
      for (const county of ["210123", "210124", "210181"]) expect(rank("DE001").indexOf(county)).toBeGreaterThanOrEqual(9);
    }
  });
});

describe("the checkers can fail", () => {
  const clone = (): Demo => structuredClone(demo);
  const bump = (d: Demo, pick: (o: DemoObservation) => boolean, to: (v: Decimal) => Decimal) => {
    const o = d.observations.find(pick)!;
    o.value = to(new Decimal(o.value)).toFixed(o.value.split(".")[1]?.length ?? 0);
    return d;
  };
  const is = (i: string, r: string, p: string) => (o: DemoObservation) => o.indicator === i && o.region === r && o.period === p;

  it("a district value off by 0.01 breaks the district sum and the parts sum", () => {
    const v = vintages(bump(clone(), is("DE006", "210112", "2023Q2"), (x) => x.plus("0.01"))).latest;
    expect(checkDistrictsSumToCity(v).length).toBeGreaterThan(0);
    expect(checkPartsSumToTotal(v).length).toBeGreaterThan(0);
  });

  it("a YTD value lower than the month before is caught", () => {
    const d = clone();
    const may = d.observations.find(is("DE012", "210102", "2024M04"))!.value;
    const v = vintages(bump(d, is("DE012", "210102", "2024M05"), () => new Decimal(may).minus("0.01"))).latest;
    expect(checkYearToDate(v)).toHaveLength(1);
  });

  it("a January value of a cumulative indicator is caught", () => {
    const d = clone();
    d.observations.push({ ...d.observations.find(is("DE012", CITY, "2024M02"))!, period: "2024M01" });
    expect(checkNoJanuaryForCumulative(vintages(d).latest)).toHaveLength(1);
  });

  it("a growth rate equal to the naive ratio, or far from it, is caught", () => {
    const naive = naiveGrowth(latest, "DE001", CITY, "2024Q2")!.toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
    const same = vintages(bump(clone(), is("DE002", CITY, "2024Q2"), () => naive)).latest;
    expect(checkGrowth(same).bad).toHaveLength(1);
    const far = vintages(bump(clone(), is("DE002", CITY, "2024Q2"), () => naive.plus(3))).latest;
    expect(checkGrowth(far).bad).toHaveLength(1);
  });

  it("a city rate that is a sum of district rates, or a wrong share of GDP, is caught", () => {
    const d = clone();
    const total = DISTRICTS.reduce((s, r) => s.plus(d.observations.find(is("DE041", r, "2023"))!.value), new Decimal(0));
    expect(checkRates(vintages(bump(d, is("DE041", CITY, "2023"), () => total)).latest).length).toBeGreaterThan(0);
    const share = vintages(bump(clone(), is("DE003", "210106", "2024Q1"), (x) => x.plus("0.01"))).latest;
    expect(checkGdpShare(share)).toHaveLength(1);
  });

  it("all checkers pass on the untouched data", () => {
    expect(allViolations(first)).toEqual([]);
    expect(allViolations(latest)).toEqual([]);
  });
});

