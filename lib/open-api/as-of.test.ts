import { describe, expect, it } from "vitest";
import { endOfShanghaiDay, visibilityMoment } from "./as-of";

describe("asOf", () => {
  it("is the end of the day in Asia/Shanghai", () => {
    expect(endOfShanghaiDay("2025-07-01").toISOString()).toBe("2025-07-01T15:59:59.999Z");
  });
  it("never looks past the present, so no unreleased value can be asked for", () => {
    const now = new Date("2025-07-01T03:00:00Z");
    expect(visibilityMoment("2099-01-01", now)).toBe(now);
    expect(visibilityMoment("2025-07-01", now)).toBe(now);
    expect(visibilityMoment("2025-06-30", now).toISOString()).toBe("2025-06-30T15:59:59.999Z");
    expect(visibilityMoment(undefined, now)).toBe(now);
  });
});
