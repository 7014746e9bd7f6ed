import { describe, expect, it } from "vitest";
import {
  growthWording,
  growthWordingEn,
  growthWordingZh,
  pointChangeWording,
  pointChangeWordingEn,
  pointChangeWordingZh,
} from "./wording";

describe("growthWordingZh", () => {
  it("writes 增长 / 下降 / 持平", () => {
    expect(growthWordingZh("5.2")).toBe("增长5.2%");
    expect(growthWordingZh("5.25")).toBe("增长5.3%");
    expect(growthWordingZh("-3.4")).toBe("下降3.4%");
    expect(growthWordingZh("-3.45")).toBe("下降3.5%");
    expect(growthWordingZh("0")).toBe("持平");
  });
  it("classifies after rounding, so ±0.04 reads 持平", () => {
    expect(growthWordingZh("0.04")).toBe("持平");
    expect(growthWordingZh("-0.04")).toBe("持平");
    expect(growthWordingZh("0.05")).toBe("增长0.1%");
  });
  it("writes growth ≥ 100% in 倍: +110% is 增长1.1倍, +100% is 增长1.0倍", () => {
    expect(growthWordingZh("110")).toBe("增长1.1倍");
    expect(growthWordingZh("100")).toBe("增长1.0倍");
    expect(growthWordingZh("250")).toBe("增长2.5倍");
    expect(growthWordingZh("99.96")).toBe("增长1.0倍");
    expect(growthWordingZh("99.94")).toBe("增长99.9%");
  });
  it("derives 倍 from the exact growth, not from the rounded percent", () => {
    // 104.96 → 1.0496 → 1.0倍 (rounding 105.0 first would give 1.1倍)
    expect(growthWordingZh("104.96")).toBe("增长1.0倍");
    expect(growthWordingZh("115")).toBe("增长1.2倍");
  });
  it("honours the display decimals", () => {
    expect(growthWordingZh("2.345", 2)).toBe("增长2.35%");
    expect(growthWordingZh("-2.345", 2)).toBe("下降2.35%");
  });
});

describe("growthWordingEn", () => {
  it("writes up / down / unchanged, and the multiple for ≥ 100%", () => {
    expect(growthWordingEn("5.2")).toBe("up 5.2%");
    expect(growthWordingEn("-3.4")).toBe("down 3.4%");
    expect(growthWordingEn("0.01")).toBe("unchanged");
    expect(growthWordingEn("110")).toBe("up 110.0% (2.1 times)");
    expect(growthWordingEn("100")).toBe("up 100.0% (2.0 times)");
  });
});

describe("percentage-point wording", () => {
  it("writes 提高 / 回落 X个百分点", () => {
    expect(pointChangeWordingZh("0.5")).toBe("提高0.5个百分点");
    expect(pointChangeWordingZh("-0.45")).toBe("回落0.5个百分点");
    expect(pointChangeWordingZh("0.04")).toBe("持平");
    expect(pointChangeWordingZh("1.25", 2)).toBe("提高1.25个百分点");
  });
  it("writes up / down X pp", () => {
    expect(pointChangeWordingEn("0.5")).toBe("up 0.5 pp");
    expect(pointChangeWordingEn("-1.2")).toBe("down 1.2 pp");
    expect(pointChangeWordingEn("-0.01")).toBe("unchanged");
  });
});

describe("locale switches", () => {
  it("pick the Chinese or English wording", () => {
    expect(growthWording("-3.4", "zh")).toBe("下降3.4%");
    expect(growthWording("-3.4", "en")).toBe("down 3.4%");
    expect(pointChangeWording("0.5", "zh")).toBe("提高0.5个百分点");
    expect(pointChangeWording("0.5", "en")).toBe("up 0.5 pp");
  });
});
