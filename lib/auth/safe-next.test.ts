import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next";

describe("return path after sign-in", () => {
  it("keeps paths of this site with their query", () => {
    expect(safeNextPath("/admin/audit?action=batch.approved")).toBe("/admin/audit?action=batch.approved");
  });
  it("refuses anything a browser could read as another site", () => {
    for (const bad of ["//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "https://evil.example", "evil", "", 42]) {
      expect(safeNextPath(bad), String(bad)).toBe("/staff");
    }
  });
});
