import { describe, expect, it } from "vitest";
import { DEFAULT_RULE, invalidRule, primaryReason } from "./rules";

const cell = (o: Partial<Parameters<typeof primaryReason>[0]>) => ({ value: "100", flag: null, units: null, top1: null, top2: null, ...o });

describe("primary rules", () => {
  it("a value flagged confidential is primary whatever the rule", () => {
    expect(primaryReason(cell({ flag: "CONFIDENTIAL", value: null }), DEFAULT_RULE)).toEqual({ rule: "flag" });
  });
  it("fewer units than the minimum (3 by default) withholds; without the column nothing is inferred", () => {
    expect(primaryReason(cell({ units: 2 }), DEFAULT_RULE)).toEqual({ rule: "min_units", units: 2, min: 3 });
    expect(primaryReason(cell({ units: 3 }), DEFAULT_RULE)).toBeNull();
    expect(primaryReason(cell({}), DEFAULT_RULE)).toBeNull();
  });
  it("(n, k) dominance on the largest or the two largest units", () => {
    const r = { ...DEFAULT_RULE, dominanceN: 1, dominanceK: "80" };
    expect(primaryReason(cell({ units: 10, top1: "80.5" }), r)).toEqual({ rule: "dominance", n: 1, k: "80" });
    expect(primaryReason(cell({ units: 10, top1: "80" }), r)).toBeNull();
    const r2 = { ...DEFAULT_RULE, dominanceN: 2, dominanceK: "85" };
    expect(primaryReason(cell({ units: 10, top1: "60", top2: "30" }), r2)).toMatchObject({ rule: "dominance" });
    expect(primaryReason(cell({ units: 10, top1: "50", top2: "30" }), r2)).toBeNull();
  });
  it("p %: the second largest would estimate the largest too closely", () => {
    const r = { ...DEFAULT_RULE, pPercent: "10" };
    // rest 100 − 70 − 25 = 5 < 10 % of 70 = 7
    expect(primaryReason(cell({ units: 10, top1: "70", top2: "25" }), r)).toEqual({ rule: "p_percent", p: "10" });
    // rest 100 − 60 − 20 = 20 ≥ 6
    expect(primaryReason(cell({ units: 10, top1: "60", top2: "20" }), r)).toBeNull();
  });
  it("refuses nonsense rules with a reason in Chinese and English", () => {
    expect(invalidRule({ ...DEFAULT_RULE, minUnits: 0 })?.zh).toContain("最少单位数");
    expect(invalidRule({ ...DEFAULT_RULE, dominanceN: 3, dominanceK: "50" })?.en).toContain("1 or 2");
    expect(invalidRule({ ...DEFAULT_RULE, dominanceN: 1, dominanceK: null })).not.toBeNull();
    expect(invalidRule({ ...DEFAULT_RULE, protectionPercent: "150" })).not.toBeNull();
    expect(invalidRule(DEFAULT_RULE)).toBeNull();
  });
});
