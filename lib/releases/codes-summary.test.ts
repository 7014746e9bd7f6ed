import { describe, expect, it } from "vitest";
import { summariseCodes } from "./codes-summary";

describe("a release's indicators in the calendar", () => {
  it("lists a short release whole, and a long one as its first codes and how many more", () => {
    expect(summariseCodes(["DE001", "DE002"])).toEqual({ shown: ["DE001", "DE002"], more: 0 });
    const many = Array.from({ length: 570 }, (_, i) => `X${i}`);
    expect(summariseCodes(many)).toEqual({ shown: many.slice(0, 20), more: 550 });
  });
});
