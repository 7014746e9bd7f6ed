import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/db", () => ({ db: () => ({}) }));
const { auditWhere, ZAuditFilter } = await import("./find-audit");

describe("audit filter", () => {
  it("matches a batch's own events and those naming it in data.forBatch", () => {
    expect(auditWhere(ZAuditFilter.parse({ batch: "7" }))).toEqual({
      OR: [{ entityType: "batch", entityId: "7" }, { data: { path: ["forBatch"], equals: 7 } }],
    });
  });
  it("combines the batch with the other filters", () => {
    const where = auditWhere(ZAuditFilter.parse({ batch: "7", action: "release", user: "Admin" }));
    expect(where.actorName).toBe("admin");
    expect(where.action).toEqual({ startsWith: "release" });
    expect(where.OR).toHaveLength(2);
  });
  it("ignores an unusable batch", () => {
    expect(auditWhere(ZAuditFilter.parse({ batch: "x" }))).toEqual({});
  });
});
