import { describe, expect, it } from "vitest";
import { demoToday } from "./demo-today";

describe("the demo's today", () => {
  it("is the real date in Beijing unless DEMO_TODAY says otherwise", () => {
    expect(demoToday({}, new Date("2026-12-05T16:30:00Z"))).toBe("2026-12-06"); // 00:30 in Beijing
    expect(demoToday({ DEMO_TODAY: "" }, new Date("2026-12-05T15:30:00Z"))).toBe("2026-12-05");
    expect(demoToday({ DEMO_TODAY: "2026-04-10" }, new Date("2026-12-05T16:30:00Z"))).toBe("2026-04-10");
  });

  it("refuses a malformed or too early DEMO_TODAY with the variable's name", () => {
    expect(() => demoToday({ DEMO_TODAY: "2026-02-30" })).toThrow(/DEMO_TODAY.*YYYY-MM-DD/);
    expect(() => demoToday({ DEMO_TODAY: "6.12.2026" })).toThrow(/DEMO_TODAY/);
    expect(() => demoToday({ DEMO_TODAY: "2021-06-01" })).toThrow(/DEMO_TODAY must be 2023-01-01 or later/);
  });
});
