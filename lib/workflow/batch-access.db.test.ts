import { afterAll, describe, expect, it } from "vitest";
import { SYSTEM_CONTEXT } from "@/lib/audit/write-audit";
import type { Actor } from "@/lib/auth/permissions";
import type { Role } from "@/lib/auth/roles";
import { testPrisma, unique } from "@/lib/test/db";
import { approveBatch } from "./approve-batch";
import { rejectBatch, submitBatch, withdrawBatch } from "./transitions";

describe("who may act on a batch, and what each is told", () => {
  const prisma = testPrisma();
  afterAll(async () => {
    await prisma.$disconnect();
  });

  async function user(...roles: Role[]): Promise<Actor> {
    const u = await prisma.user.create({ data: { username: unique("ba"), displayName: "B", passwordHash: "x", roles } });
    return { id: u.id, username: u.username, displayName: "B", roles };
  }
  const batch = async (uploaderId: number, status: "STAGED" | "SUBMITTED") =>
    (await prisma.batch.create({ data: { fileName: "x.csv", checksum: unique("c"), status, uploaderId } })).id;
  const failure = (p: Promise<unknown>) => p.then(() => null, (e: { code: string; zh: string; en: string }) => ({ code: e.code, zh: e.zh, en: e.en }));
  const missingId = 2_000_000_000;

  it("answers another uploader's batch exactly as a missing id when submitting or withdrawing", async () => {
    const owner = await user("uploader");
    const other = await user("uploader");
    const staged = await batch(owner.id, "STAGED");
    for (const op of [submitBatch, withdrawBatch]) {
      const theirs = await failure(op({ batchId: staged, actor: other, ctx: SYSTEM_CONTEXT }));
      const missing = await failure(op({ batchId: missingId, actor: other, ctx: SYSTEM_CONTEXT }));
      expect(theirs).toEqual({ code: "NOT_FOUND", zh: `批次 ${staged} 不存在。`, en: `Batch ${staged} does not exist.` });
      expect(missing).toEqual({ code: "NOT_FOUND", zh: `批次 ${missingId} 不存在。`, en: `Batch ${missingId} does not exist.` });
    }
    expect((await prisma.batch.findUniqueOrThrow({ where: { id: staged } })).status).toBe("STAGED");
  });

  it("tells a role without the approve permission that it is not permitted, before the four-eyes rule", async () => {
    const uploader = await user("uploader");
    const submitted = await batch(uploader.id, "SUBMITTED");
    const approve = (actor: Actor, batchId = submitted) => failure(approveBatch({ batchId, actor, ctx: SYSTEM_CONTEXT, releaseAt: new Date(Date.now() + 86400_000) }));
    for (const actor of [await user("leader"), await user("admin"), uploader]) {
      const e = await approve(actor);
      expect(e).toMatchObject({ code: "FORBIDDEN", zh: "无权限：当前角色不能批准批次。" });
      expect(e!.zh).not.toContain("双人复核");
      // whatever the id: a role that may not approve learns nothing about batches
      expect(await approve(actor, missingId)).toEqual(e);
    }
    expect(await failure(rejectBatch({ batchId: submitted, actor: await user("leader"), ctx: SYSTEM_CONTEXT, reason: "x" }))).toMatchObject({ zh: "无权限：当前角色不能审核批次。" });
    // a reviewer who uploaded it still hears the four-eyes rule
    const both = await user("uploader", "reviewer");
    expect(await approve(both, await batch(both.id, "SUBMITTED"))).toMatchObject({ code: "FORBIDDEN", zh: "审核人不能批准自己上传的批次（双人复核）。" });
    expect((await prisma.batch.findUniqueOrThrow({ where: { id: submitted } })).status).toBe("SUBMITTED");
  });

  it("keeps the owner's and the release manager's rights", async () => {
    const owner = await user("uploader");
    const a = await batch(owner.id, "STAGED");
    await submitBatch({ batchId: a, actor: owner, ctx: SYSTEM_CONTEXT });
    await withdrawBatch({ batchId: await batch(owner.id, "STAGED"), actor: await user("admin"), ctx: SYSTEM_CONTEXT });
    expect((await prisma.batch.findUniqueOrThrow({ where: { id: a } })).status).toBe("SUBMITTED");
    // a reviewer can read every batch, so it is not hidden from them: it is simply not theirs to submit
    expect(await failure(submitBatch({ batchId: a, actor: await user("reviewer"), ctx: SYSTEM_CONTEXT }))).toMatchObject({ zh: "无权限：当前角色不能提交批次。" });
  });
});
