// Security review (issue 20): the sign-in throttle cannot be sidestepped by spelling the
// account name another way. Case, surrounding spaces (ASCII or ideographic), full-width letters
// typed in a Chinese input method's full-width mode and zero-width characters are one account
// and one throttle bucket.
import { hash } from "@node-rs/argon2";
import { afterAll, describe, expect, it } from "vitest";
import { testPrisma, unique } from "@/lib/test/db";
import { signIn } from "./sign-in";
import { LIMITS } from "./throttle";

const fullWidth = (s: string) => [...s].map((c) => (/[a-z0-9]/i.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join("");

describe("sign-in throttle across spellings of one name", () => {
  const prisma = testPrisma();
  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("failures under five spellings of a name lock that name: its right password is then refused as throttled", async () => {
    const name = unique("va");
    await prisma.user.create({ data: { username: name, displayName: "V", passwordHash: await hash("right-password-1"), roles: ["uploader"] } });
    const spellings = [name.toUpperCase(), `  ${name}\t`, fullWidth(name), `\u3000${fullWidth(name).toUpperCase()}\u3000`, `${name.slice(0, 2)}\u200b${name.slice(2)}`];
    expect(spellings).toHaveLength(LIMITS.username);
    for (const s of spellings) {
      // each from an address of its own, so only the name's bucket can add up
      expect(await signIn(s, "wrong-password", { ip: unique("10.3."), userAgent: "test" }), s).toEqual({ ok: false, reason: "invalid" });
    }
    const right = await signIn(name, "right-password-1", { ip: unique("10.3."), userAgent: "test" });
    expect(right).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("the full-width spelling of a name signs in to that account (the input method's full-width mode)", async () => {
    const name = unique("fw");
    await prisma.user.create({ data: { username: name, displayName: "F", passwordHash: await hash("right-password-1"), roles: ["uploader"] } });
    const r = await signIn(fullWidth(name).toUpperCase(), "right-password-1", { ip: unique("10.4."), userAgent: "test" });
    expect(r).toMatchObject({ ok: true, user: { username: name } });
  });
});
