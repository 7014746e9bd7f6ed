import { describe, expect, it } from "vitest";
import { ZTarget } from "./schema";

const ok = { indicatorCode: "DE001", regionCode: "210100", year: "2025", value: "600", baseYear: "", baseValue: "", deadline: "2025-12-31", source: "“十四五”规划" };
const issues = (v: Record<string, unknown>) => {
  const r = ZTarget.safeParse(v);
  return r.success ? [] : r.error.issues.map((i) => String(i.path[0]));
};

describe("target form", () => {
  it("accepts a target with deadline and source, the base left empty", () => {
    expect(ZTarget.parse(ok)).toEqual({ indicatorCode: "DE001", regionCode: "210100", year: 2025, value: "600", deadline: "2025-12-31", source: "“十四五”规划" });
    expect(ZTarget.parse({ ...ok, baseYear: "2020", baseValue: "375.5" })).toMatchObject({ baseYear: 2020, baseValue: "375.5" });
  });

  it("keeps values as exact decimal text and refuses what is not a number", () => {
    expect(ZTarget.parse({ ...ok, value: "600.000001" }).value).toBe("600.000001");
    expect(issues({ ...ok, value: "6亿" })).toEqual(["value"]);
    expect(issues({ ...ok, value: "Infinity" })).toEqual(["value"]);
  });

  it("needs a real deadline, a source, and a base year for a base value (before the target year)", () => {
    expect(issues({ ...ok, deadline: "2025-02-30" })).toEqual(["deadline"]);
    expect(issues({ ...ok, source: " " })).toEqual(["source"]);
    expect(issues({ ...ok, baseValue: "375" })).toEqual(["baseYear"]);
    expect(issues({ ...ok, baseYear: "2025", baseValue: "375" })).toEqual(["baseYear"]);
  });
});
