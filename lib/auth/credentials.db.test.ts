import { afterAll, describe, expect, it } from "vitest";
import { SYSTEM_CONTEXT } from "@/lib/audit/write-audit";
import { testPrisma, unique } from "@/lib/test/db";
import { changeOwnPassword } from "@/lib/users/change-password";
import { createUser, resetPassword, setUserDisabled } from "@/lib/users/manage-users";
import { actorForToken, createToken, findTokens } from "./tokens";

// API tokens belong to the credentials they were made with: a password change, an
// administrator's reset or a disable ends them, and the owner can see which and why.
describe("API tokens and the user's credentials", () => {
  const prisma = testPrisma();
  afterAll(async () => {
    await prisma.$disconnect();
  });

  async function staff() {
    const id = await createUser({ username: unique("tok"), displayName: "T", password: "first-password-1", roles: ["uploader"] }, SYSTEM_CONTEXT);
    const version = async () => (await prisma.user.findUniqueOrThrow({ where: { id } })).sessionVersion;
    const token = async (name: string) => (await createToken({ id, credentialVersion: await version() }, name, SYSTEM_CONTEXT)).token;
    return { id, version, token };
  }

  it("ends every live token when the user changes their password, and names them", async () => {
    const u = await staff();
    const [a, b] = [await u.token("nightly upload"), await u.token("备份脚本")];
    expect(await actorForToken(a)).toMatchObject({ id: u.id });

    const result = await changeOwnPassword(u.id, "first-password-1", "second-password-2", SYSTEM_CONTEXT);
    expect(result.endedTokens.sort()).toEqual(["nightly upload", "备份脚本"].sort());
    expect(await actorForToken(a)).toBeNull();
    expect(await actorForToken(b)).toBeNull();
    const listed = await findTokens(u.id);
    expect(listed.map((t) => t.revokedReason)).toEqual(["password_changed", "password_changed"]);
    const audit = await prisma.auditEvent.findFirst({ where: { action: "auth.password_changed", entityId: String(u.id) }, orderBy: { id: "desc" } });
    expect((audit?.data as { tokensEnded: string[] }).tokensEnded).toHaveLength(2);

    // a token made with the new password works
    expect(await actorForToken(await u.token("after"))).toMatchObject({ id: u.id });
  });

  it("ends them when an administrator resets the password, and tells the administrator which", async () => {
    const u = await staff();
    const t = await u.token("etl");
    const { endedTokens } = await resetPassword(u.id, "reset-password-3", SYSTEM_CONTEXT);
    expect(endedTokens).toEqual(["etl"]);
    expect(await actorForToken(t)).toBeNull();
    expect((await findTokens(u.id))[0]).toMatchObject({ name: "etl", revokedReason: "password_reset" });
  });

  it("does not bring a token back when a disabled user is enabled again", async () => {
    const u = await staff();
    const t = await u.token("cron");
    expect((await setUserDisabled(u.id, true, SYSTEM_CONTEXT)).endedTokens).toEqual(["cron"]);
    await setUserDisabled(u.id, false, SYSTEM_CONTEXT);
    expect(await actorForToken(t)).toBeNull();
    expect((await findTokens(u.id))[0].revokedReason).toBe("disabled");
  });

  it("refuses a token from a session or password check that a password change has overtaken", async () => {
    const u = await staff();
    const before = await u.version(); // what a session cookie signed in before the change carries
    await changeOwnPassword(u.id, "first-password-1", "second-password-2", SYSTEM_CONTEXT);
    await expect(createToken({ id: u.id, credentialVersion: before }, "late", SYSTEM_CONTEXT)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await findTokens(u.id)).toHaveLength(0);
  });

  it("refuses a token whose credential version is not the user's, even if nothing marked it revoked", async () => {
    // e.g. the password changed outside the app (create-admin on an existing user, an SQL fix)
    const u = await staff();
    const t = await u.token("direct");
    await prisma.user.update({ where: { id: u.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await actorForToken(t)).toBeNull();
  });
});
