import { describe, expect, it } from "vitest";
import { quantileClasses, rankUnits } from "./district-ranking";

describe("rankUnits", () => {
  it("ranks largest first by exact value, ties sharing a rank, missing values last", () => {
    const ranked = rankUnits([
      { code: "a", value: "10.5" },
      { code: "b", value: null },
      { code: "c", value: "100" },
      { code: "d", value: "10.50" },
      { code: "e", value: "-3" },
    ]);
    expect(ranked.map((r) => [r.code, r.rank])).toEqual([
      ["c", 1],
      ["a", 2],
      ["d", 2],
      ["e", 4],
      ["b", null],
    ]);
  });

  it("compares as decimals, not as text or floats", () => {
    const ranked = rankUnits([
      { code: "a", value: "9.9" },
      { code: "b", value: "10.1" },
      { code: "c", value: "0.30000000000000000001" },
      { code: "d", value: "0.3" },
    ]);
    expect(ranked.map((r) => r.code)).toEqual(["b", "a", "c", "d"]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
  });

  it("gives each unit's share of the total when there is one", () => {
    const ranked = rankUnits([{ code: "a", value: "25" }, { code: "b", value: "75" }], "200");
    expect(ranked.map((r) => r.share)).toEqual(["37.5", "12.5"]);
  });
});

describe("quantileClasses", () => {
  it("puts about the same number of units in each class", () => {
    const units = Array.from({ length: 10 }, (_, i) => ({ code: `u${i}`, value: String(i * i) }));
    const { classOf, bounds } = quantileClasses(units, 5);
    expect(units.map((u) => classOf.get(u.code))).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(bounds).toEqual([
      { min: "0", max: "1" },
      { min: "4", max: "9" },
      { min: "16", max: "25" },
      { min: "36", max: "49" },
      { min: "64", max: "81" },
    ]);
  });

  it("keeps equal values together and numbers classes without gaps", () => {
    const units = ["1", "1", "1", "1", "2", "3"].map((value, i) => ({ code: `u${i}`, value }));
    const { classOf, bounds } = quantileClasses(units, 5);
    expect(units.map((u) => classOf.get(u.code))).toEqual([0, 0, 0, 0, 1, 1]); // quantile class 2, renumbered 1
    expect(bounds).toEqual([{ min: "1", max: "1" }, { min: "2", max: "3" }]);
  });

  it("leaves units without a value unclassed, and copes with none at all", () => {
    const { classOf } = quantileClasses([{ code: "a", value: null }, { code: "b", value: "5" }]);
    expect([...classOf]).toEqual([["b", 0]]);
    expect(quantileClasses([{ code: "a", value: null }]).bounds).toEqual([]);
  });
});
