import { describe, expect, it } from "vitest";
import { stockChange, stockPeriodChangeSeries, stockYoyChangeSeries } from "./stock-change";

describe("stockChange", () => {
  it("gives the absolute and the % change", () => {
    expect(stockChange("30000", "20000")).toEqual({ absolute: "10000", percent: "50", computed: true, reason: null });
    expect(stockChange("1.73", "3.0")).toMatchObject({ absolute: "-1.27" });
  });
  it("keeps the absolute change on a negative base but drops the %", () => {
    expect(stockChange("5", "-10")).toEqual({ absolute: "15", percent: null, computed: true, reason: "negative-base" });
  });
  it("gives nothing when a value is missing", () => {
    expect(stockChange("5", null)).toEqual({ absolute: null, percent: null, computed: true, reason: "missing-base" });
    expect(stockChange(null, "5")).toMatchObject({ absolute: null, reason: "missing-current" });
  });
});

describe("stock series", () => {
  const series = [
    { period: "2024Q1", value: "80" },
    { period: "2024Q4", value: "100" },
    { period: "2025Q1", value: "120" },
  ];
  it("period-on-period change crosses the year boundary (stocks do not reset)", () => {
    const rows = stockPeriodChangeSeries(series);
    expect(rows[2]).toEqual({ period: "2025Q1", basePeriod: "2024Q4", absolute: "20", percent: "20", computed: true, reason: null });
    expect(rows[1]).toMatchObject({ basePeriod: "2024Q3", absolute: null, reason: "missing-base" });
  });
  it("year-on-year change uses the same period last year", () => {
    const rows = stockYoyChangeSeries(series);
    expect(rows[2]).toEqual({ period: "2025Q1", basePeriod: "2024Q1", absolute: "40", percent: "50", computed: true, reason: null });
  });
});
