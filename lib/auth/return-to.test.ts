import { describe, expect, it } from "vitest";
import { resolveReturnTo, returnPathOf } from "./return-to";

describe("return path of a request", () => {
  it("keeps the path and query", () => {
    expect(returnPathOf("/uploads/5", "?kind=changed")).toBe("/uploads/5?kind=changed");
    expect(returnPathOf("/admin/audit", "?action=batch.approved&batch=3")).toBe("/admin/audit?action=batch.approved&batch=3");
    expect(returnPathOf("/admin/audit", "")).toBe("/admin/audit");
  });
  it("drops the locale prefix, as the paths pages pass do not carry it", () => {
    expect(returnPathOf("/en/uploads/5", "?kind=changed")).toBe("/uploads/5?kind=changed");
    expect(returnPathOf("/zh/review/2", "")).toBe("/review/2");
    expect(returnPathOf("/en", "")).toBe("/");
    expect(returnPathOf("/english/x", "")).toBe("/english/x");
    expect(returnPathOf("/enx", "")).toBe("/enx");
  });
  it("drops Next's _rsc parameter", () => {
    expect(returnPathOf("/uploads/5", "?kind=changed&_rsc=abc12")).toBe("/uploads/5?kind=changed");
    expect(returnPathOf("/uploads/5", "?_rsc=abc12")).toBe("/uploads/5");
  });
});

describe("resolving the return path", () => {
  it("prefers the proxy's path", () => {
    expect(resolveReturnTo("/admin/audit?action=batch.released", "/admin/audit")).toBe("/admin/audit?action=batch.released");
  });
  it("falls back to the page's path when absent or off-site", () => {
    expect(resolveReturnTo(null, "/uploads/5")).toBe("/uploads/5");
    expect(resolveReturnTo("", "/uploads/5")).toBe("/uploads/5");
    for (const bad of ["//evil.example", "https://evil.example", "/\t/evil.example", "/\\evil"]) {
      expect(resolveReturnTo(bad, "/uploads/5"), bad).toBe("/uploads/5");
    }
  });
  it("never returns an unsafe fallback", () => {
    expect(resolveReturnTo(null, "//evil.example")).toBe("/staff");
  });
});

describe("return path encoding", () => {
  it("keeps the query as sent when there is nothing to drop", () => {
    expect(returnPathOf("/admin/audit", "?q=a%20b&flag")).toBe("/admin/audit?q=a%20b&flag");
  });
});
