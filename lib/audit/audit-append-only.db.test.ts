import { afterAll, describe, expect, it } from "vitest";
import { testPool, testPrisma } from "@/lib/test/db";

describe("audit trail", () => {
  afterAll(async () => {
    await testPrisma().$disconnect();
  });
  it("refuses updates and deletes, even from SQL", async () => {
    const e = await testPrisma().auditEvent.create({ data: { action: "setting.changed", actorName: "test" } });
    await expect(testPool().query("UPDATE audit_event SET action = 'x' WHERE id = $1", [e.id])).rejects.toThrow(/append-only/);
    await expect(testPool().query("DELETE FROM audit_event WHERE id = $1", [e.id])).rejects.toThrow(/append-only/);
    const { rows } = await testPool().query("SELECT action FROM audit_event WHERE id = $1", [e.id]);
    expect(rows[0].action).toBe("setting.changed");
  });
});
