import { afterAll, describe, expect, it } from "vitest";
import { SYSTEM_CONTEXT } from "@/lib/audit/write-audit";
import { testPrisma, unique } from "@/lib/test/db";
import { createUser, setUserDisabled, setUserRoles } from "./manage-users";

describe("user administration", () => {
  const prisma = testPrisma();
  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("refuses to remove or disable the last enabled administrator", async () => {
    // leave exactly one enabled admin: a fresh one; disable every other admin first
    const mine = await createUser({ username: unique("adm"), displayName: "A", password: "long-enough-pw", roles: ["admin"] }, SYSTEM_CONTEXT);
    const others = await prisma.user.findMany({ where: { roles: { has: "admin" }, disabledAt: null, NOT: { id: mine } } });
    for (const o of others) await setUserDisabled(o.id, true, SYSTEM_CONTEXT);
    try {
      await expect(setUserRoles(mine, ["uploader"], SYSTEM_CONTEXT)).rejects.toMatchObject({ code: "LAST_ADMIN" });
      await expect(setUserDisabled(mine, true, SYSTEM_CONTEXT)).rejects.toMatchObject({ code: "LAST_ADMIN" });
      expect((await prisma.user.findUniqueOrThrow({ where: { id: mine } })).roles).toEqual(["admin"]);
    } finally {
      for (const o of others) await setUserDisabled(o.id, false, SYSTEM_CONTEXT);
    }
    // with another admin back, the change is allowed and audited with before/after
    await setUserRoles(mine, ["uploader"], SYSTEM_CONTEXT);
    const audit = await prisma.auditEvent.findFirst({ where: { action: "user.roles_changed", entityId: String(mine) }, orderBy: { id: "desc" } });
    expect(audit?.data).toEqual({ before: ["admin"], after: ["uploader"] });
  });

  it("refuses a taken username", async () => {
    const name = unique("dup");
    await createUser({ username: name, displayName: "x", password: "long-enough-pw", roles: ["leader"] }, SYSTEM_CONTEXT);
    await expect(createUser({ username: name, displayName: "y", password: "long-enough-pw", roles: ["leader"] }, SYSTEM_CONTEXT)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
