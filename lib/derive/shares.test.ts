import { describe, expect, it } from "vitest";
import { roundHalfUp } from "./rounding";
import { percentagePointChange, shareOfGdp, shareOfTotal } from "./shares";

describe("shareOfTotal", () => {
  it("is part / total × 100", () => {
    expect(shareOfTotal("1", "4")).toEqual({ value: "25", computed: true, reason: null });
    // 2023 national 数字产品制造业 43135 of 127555 亿元 = 33.8% (notes.md §1)
    expect(roundHalfUp(shareOfTotal("43135", "127555").value!, 1)).toBe("33.8");
  });
  it("allows a negative part of a positive total", () => {
    expect(shareOfTotal("-5", "100").value).toBe("-5");
  });
  it("returns null on a zero, negative or missing total and a missing part", () => {
    expect(shareOfTotal("5", "0").reason).toBe("zero-total");
    expect(shareOfTotal("5", "-100").reason).toBe("negative-total");
    expect(shareOfTotal("5", null).reason).toBe("missing-total");
    expect(shareOfTotal(null, "5").reason).toBe("missing-part");
  });
});

describe("shareOfGdp", () => {
  it("divides values in the same unit (亿元 by default)", () => {
    expect(shareOfGdp("900", "9000").value).toBe("10");
  });
  it("converts 万元 against 亿元", () => {
    // 5000 万元 = 0.5 亿元 = 50% of 1 亿元
    expect(shareOfGdp("5000", "1", { valueUnit: "万元" }).value).toBe("50");
    expect(shareOfGdp("1", "200000000", { gdpUnit: "元" }).value).toBe("50");
  });
  it("passes missing values through as null", () => {
    expect(shareOfGdp(null, "9000").reason).toBe("missing-part");
  });
});

describe("percentagePointChange", () => {
  it("is a difference of rates in 百分点", () => {
    expect(percentagePointChange("10.4", "9.9")).toEqual({ value: "0.5", computed: true, reason: null });
    expect(percentagePointChange("9.9", "10.4").value).toBe("-0.5");
    expect(percentagePointChange("33", "28").value).toBe("5");
  });
  it("returns null when either rate is missing", () => {
    expect(percentagePointChange(null, "1").reason).toBe("missing-current");
    expect(percentagePointChange("1", null).reason).toBe("missing-base");
  });
});
