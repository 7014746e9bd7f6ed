import { describe, expect, it } from "vitest";
import { compareDecimal, normaliseDecimal, splitList, ZIndicatorFields } from "./schema";

describe("indicator field validation", () => {
  it("compares bounds as exact decimals", () => {
    expect(normaliseDecimal("100.000000")).toBe("100");
    expect(normaliseDecimal("-0.50")).toBe("-0.5");
    expect(normaliseDecimal("-0.0")).toBe("0");
    expect(normaliseDecimal("007.10")).toBe("7.1");
    expect(compareDecimal("-100", "0")).toBe(-1);
    expect(compareDecimal("99.5", "100")).toBe(-1);
    expect(compareDecimal("-1.5", "-1.25")).toBe(-1);
    expect(compareDecimal("123456789012345678", "123456789012345677.9")).toBe(1);
    expect(compareDecimal("2.50", "2.5")).toBe(0);
  });

  it("splits lists as spreadsheets write them", () => {
    expect(splitList("03| 01 ，02、01")).toEqual(["01", "02", "03"]);
    expect(splitList("")).toEqual([]);
  });

  it("accepts what the form sends and normalises it", () => {
    const r = ZIndicatorFields.safeParse({
      code: " de777 ", nameZh: "新指标", nameEn: "New", unit: "%", frequency: "QUARTER", frequencyNote: "", measureType: "RATE",
      decimals: "1", articleRef: "", categoryCodes: "", emerging: "ai", definition: "  ", definitionEn: "", methodNotes: "", methodNotesEn: "", sourceNote: "", sourceNoteEn: "", internalNotes: "", departmentCode: "",
      regionCodes: "", dueDays: "", higherIsBetter: "是", minValue: "0.0", maxValue: "100", retired: "",
    });
    expect(r.success && r.data).toMatchObject({ code: "DE777", frequencyNote: null, definition: null, dueDays: null, higherIsBetter: true, minValue: "0", retired: false });
  });
});
