import { afterAll, describe, expect, it } from "vitest";
import { testPrisma, unique } from "@/lib/test/db";
import { signIn } from "./sign-in";
import { LIMITS } from "./throttle";

describe("sign-in throttle", () => {
  const prisma = testPrisma();
  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("lets through only the allowed number of guesses even when they arrive at once", async () => {
    const name = unique("nobody");
    const ctx = { ip: unique("10.1.") , userAgent: "test" };
    const results = await Promise.all(Array.from({ length: 12 }, () => signIn(name, "wrong-password", ctx)));
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(LIMITS.username);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(12 - LIMITS.username);
  });

  it("throttles one address that tries many usernames", async () => {
    const ctx = { ip: unique("10.2."), userAgent: "test" };
    for (let i = 0; i < LIMITS.ip; i++) {
      expect(await signIn(unique("guess"), "wrong-password", ctx)).toEqual({ ok: false, reason: "invalid" });
    }
    const next = await signIn(unique("guess"), "wrong-password", ctx);
    expect(next).toMatchObject({ ok: false, reason: "throttled" });
    const audit = await prisma.auditEvent.findFirst({ where: { action: "auth.sign_in_throttled", ip: ctx.ip }, orderBy: { id: "desc" } });
    expect(audit?.data).toMatchObject({ by: "ip" });
  });
});
