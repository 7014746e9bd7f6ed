import { describe, expect, it } from "vitest";
import { beijingDate, requestClock } from "./clock";

describe("schedule clock", () => {
  it("days are Beijing days", () => {
    expect(beijingDate(new Date("2025-10-24T16:30:00Z"))).toBe("2025-10-25"); // 00:30 in Beijing
    expect(beijingDate(new Date("2025-10-24T15:59:00Z"))).toBe("2025-10-24");
  });

  it("honours ?now only when the test clock is allowed", () => {
    const real = new Date("2026-11-27T04:00:00Z");
    expect(requestClock("2025-12-20", false, real).today).toBe("2026-11-27");
    expect(requestClock("2025-12-20", true, real)).toEqual({ today: "2025-12-20", at: new Date("2025-12-19T16:00:00Z") });
    expect(requestClock("2025-02-30", true, real).today).toBe("2026-11-27");
    expect(requestClock(undefined, true, real).today).toBe("2026-11-27");
  });
});
