import { describe, expect, it } from "vitest";
import { colonOf, commaOf, fmtPace, yoyAlertWording } from "./format";

describe("fmtPace", () => {
  it("writes a level's pace as compound growth in %", () => {
    expect(fmtPace("8.695652173913", "%", "zh")).toBe("8.7%");
    expect(fmtPace("-8.2294", "%", "en")).toBe("-8.2%");
  });
  it("writes a rate's pace in 百分点 a year", () => {
    expect(fmtPace("0.75", "pp", "zh")).toBe("每年需提高0.8个百分点"); // half up
    expect(fmtPace("2.28", "pp", "en")).toBe("2.3 percentage points a year");
    expect(fmtPace("-1", "pp", "zh")).toBe("每年需降低1.0个百分点");
    expect(fmtPace("-1", "pp", "en")).toBe("a fall of 1.0 percentage points a year");
  });
});

describe("yoyAlertWording", () => {
  it("uses 百分点 for a rate, whose change is already in points", () => {
    expect(yoyAlertWording("-0.45", "RATE", "zh")).toBe("回落0.5个百分点");
    expect(yoyAlertWording("0.33", "RATE", "en")).toBe("up 0.3 pp");
  });
  it("uses % growth for levels and growth rates", () => {
    expect(yoyAlertWording("-6", "STOCK", "zh")).toBe("下降6.0%");
    expect(yoyAlertWording("-0.45", "GROWTH", "en")).toBe("down 0.5%");
  });
});

describe("punctuation between a label and its figures", () => {
  it("is full-width in Chinese and ASCII with a space in English", () => {
    expect(`目标进度滞后${colonOf("zh")}进度70.8%${commaOf("zh")}增长5.2%`).toBe("目标进度滞后：进度70.8%，增长5.2%");
    expect(`Target off track${colonOf("en")}progress 70.8%${commaOf("en")}up 5.2%`).toBe("Target off track: progress 70.8%, up 5.2%");
  });
});
