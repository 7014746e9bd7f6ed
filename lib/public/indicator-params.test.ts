import { describe, expect, it } from "vitest";
import { MAX_LAST as API_MAX_LAST } from "@/lib/open-api/params/param-help";
import { indicatorQuery, parseIndicatorParams, queryString, rawSearch, selectPeriods } from "./indicator-params";

const ctx = { frequency: "QUARTER" as const, measureType: "CUMULATIVE", regionCodes: ["210100", "210102", "210106"] };

describe("parseIndicatorParams", () => {
  it("defaults to the city, the level, and the last 12 quarters", () => {
    expect(parseIndicatorParams({}, ctx)).toEqual({ regions: ["210100"], measure: "level", range: { kind: "last", n: 12 }, period: null });
  });

  it("reads regions comma-separated or repeated (a GET form's checkboxes), dropping unknown ones", () => {
    expect(parseIndicatorParams({ region: "210102,999999" }, ctx).regions).toEqual(["210102"]);
    expect(parseIndicatorParams({ region: ["210106", "210102", "210106"] }, ctx).regions).toEqual(["210106", "210102"]);
    expect(parseIndicatorParams({ region: "x" }, ctx).regions).toEqual(["210100"]);
  });

  it("allows the in-period measure only for year-to-date indicators", () => {
    expect(parseIndicatorParams({ measure: "in-period" }, ctx).measure).toBe("in-period");
    expect(parseIndicatorParams({ measure: "in-period" }, { ...ctx, measureType: "STOCK" }).measure).toBe("level");
    expect(parseIndicatorParams({ measure: "yoy" }, ctx).measure).toBe("level");
  });

  it("reads a rolling window, 'all', or an explicit span (which wins, swapped if reversed)", () => {
    expect(parseIndicatorParams({ last: "8" }, ctx).range).toEqual({ kind: "last", n: 8 });
    expect(parseIndicatorParams({ last: "all" }, ctx).range).toEqual({ kind: "last", n: null });
    expect(parseIndicatorParams({ last: "0" }, ctx).range).toEqual({ kind: "last", n: 12 });
    // no more than the open API accepts, so the page's "displayed" downloads never answer 400
    expect(parseIndicatorParams({ last: String(API_MAX_LAST) }, ctx).range).toEqual({ kind: "last", n: API_MAX_LAST });
    expect(parseIndicatorParams({ last: String(API_MAX_LAST + 1) }, ctx).range).toEqual({ kind: "last", n: 12 });
    expect(parseIndicatorParams({ last: "8", from: "2025Q2", to: "2024Q1" }, ctx).range).toEqual({ kind: "span", from: "2024Q1", to: "2025Q2" });
  });

  it("ignores periods of another frequency", () => {
    expect(parseIndicatorParams({ from: "2025M01", period: "2025" }, ctx)).toMatchObject({ range: { kind: "last", n: 12 }, period: null });
    expect(parseIndicatorParams({ period: "2025Q3" }, ctx).period).toBe("2025Q3");
  });
});

describe("rawSearch", () => {
  it("keeps repeated keys as arrays, as Next gives a page's searchParams", () => {
    expect(rawSearch(new URLSearchParams("region=210100&region=210102&last=8"))).toEqual({ region: ["210100", "210102"], last: "8" });
  });
});

describe("indicatorQuery", () => {
  it("spells every choice out and round-trips", () => {
    const p = parseIndicatorParams({ region: "210102,210100", measure: "in-period", last: "8", period: "2025Q3" }, ctx);
    const q = indicatorQuery(p);
    expect(queryString(q)).toBe("region=210102%2C210100&measure=in-period&last=8&period=2025Q3");
    expect(parseIndicatorParams(q, ctx)).toEqual(p);
  });

  it("applies a change (the measure switch links) and keeps a span", () => {
    const p = parseIndicatorParams({ from: "2024Q1" }, ctx);
    expect(indicatorQuery(p, { measure: "in-period" })).toEqual({ region: "210100", measure: "in-period", from: "2024Q1" });
  });
});

describe("selectPeriods", () => {
  const periods = ["2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3"];
  it("keeps the latest N, or all", () => {
    expect(selectPeriods(periods, { kind: "last", n: 2 })).toEqual(["2025Q2", "2025Q3"]);
    expect(selectPeriods(periods, { kind: "last", n: 99 })).toEqual(periods);
    expect(selectPeriods(periods, { kind: "last", n: null })).toEqual(periods);
  });
  it("keeps an inclusive span, open at either end", () => {
    expect(selectPeriods(periods, { kind: "span", from: "2024Q4", to: "2025Q1" })).toEqual(["2024Q4", "2025Q1"]);
    expect(selectPeriods(periods, { kind: "span", from: null, to: "2024Q3" })).toEqual(["2024Q3"]);
  });
});
