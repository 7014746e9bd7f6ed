import { describe, expect, it } from "vitest";
import { parsePathId, ZDbId } from "./path-id";

describe("parsePathId", () => {
  it("accepts positive int4 ids", () => {
    expect(parsePathId("1")).toBe(1);
    expect(parsePathId("2147483647")).toBe(2147483647);
  });
  it("refuses what Number() would let through to the database", () => {
    for (const raw of ["1e308", "99999999999999999999", "2147483648", "-1", "0", "01", "1.0", " 1", "0x10", "abc", ""]) expect(parsePathId(raw), raw).toBeNull();
  });
});

describe("ZDbId (form fields)", () => {
  it("reads digits and integers only: a hex, exponent or padded field is no id", () => {
    expect(ZDbId.safeParse("16").data).toBe(16);
    expect(ZDbId.safeParse(16).data).toBe(16);
    for (const raw of ["0x10", "1e1", " 16", "16 ", "016", "16.0", "", null, 0, -1, 1.5, 2147483648]) expect(ZDbId.safeParse(raw).success, String(raw)).toBe(false);
  });
});
