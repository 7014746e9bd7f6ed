import { describe, expect, it } from "vitest";
import { mustParsePeriod } from "../period";
import { ytdStep } from "./ytd-periods";

describe("ytdStep", () => {
  it("opens the year with Q1 and the year itself", () => {
    expect(ytdStep(mustParsePeriod("2025Q1"))).toEqual({ kind: "opens-year", months: 3 });
    expect(ytdStep(mustParsePeriod("2025"))).toEqual({ kind: "opens-year", months: 12 });
  });
  it("subtracts the previous quarter within the year", () => {
    expect(ytdStep(mustParsePeriod("2025Q3"))).toEqual({
      kind: "difference",
      previous: { freq: "QUARTER", year: 2025, sub: 2 },
      months: 3,
    });
  });
  it("treats January–February as one release by default", () => {
    expect(ytdStep(mustParsePeriod("2025M01"))).toEqual({ kind: "not-released" });
    expect(ytdStep(mustParsePeriod("2025M02"))).toEqual({ kind: "opens-year", months: 2 });
    expect(ytdStep(mustParsePeriod("2025M03"))).toEqual({
      kind: "difference",
      previous: { freq: "MONTH", year: 2025, sub: 2 },
      months: 1,
    });
  });
  it("handles a separate January when asked", () => {
    const opts = { janFebCombined: false };
    expect(ytdStep(mustParsePeriod("2025M01"), opts)).toEqual({ kind: "opens-year", months: 1 });
    expect(ytdStep(mustParsePeriod("2025M02"), opts)).toEqual({
      kind: "difference",
      previous: { freq: "MONTH", year: 2025, sub: 1 },
      months: 1,
    });
  });
});
