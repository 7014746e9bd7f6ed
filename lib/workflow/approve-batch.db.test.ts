import { afterAll, describe, expect, it } from "vitest";
import { SYSTEM_CONTEXT } from "@/lib/audit/write-audit";
import { testPrisma, unique } from "@/lib/test/db";
import { approveBatch } from "./approve-batch";

describe("approval of a revision", () => {
  const prisma = testPrisma();
  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("needs a reason when it changes an approved value whose release is still ahead", async () => {
    const ind = await prisma.indicator.create({
      data: { code: unique("T"), nameZh: "测试指标", nameEn: "Test", unit: "亿元", frequency: "QUARTER", measureType: "CUMULATIVE", articleRef: "第十九条" },
    });
    const uploader = await prisma.user.create({ data: { username: unique("up"), displayName: "U", passwordHash: "x", roles: ["uploader"] } });
    const reviewer = await prisma.user.create({ data: { username: unique("rv"), displayName: "R", passwordHash: "x", roles: ["reviewer"] } });
    const release = await prisma.release.create({ data: { titleZh: unique("未来发布"), releaseAt: new Date(Date.now() + 7 * 86400_000) } });
    const first = await prisma.batch.create({ data: { fileName: "a.csv", checksum: unique("c"), status: "APPROVED", releaseId: release.id, uploaderId: uploader.id } });
    const obs = { indicatorId: ind.id, regionCode: "210102", period: "2031Q3", periodEnd: new Date("2031-09-30") };
    await prisma.observation.create({ data: { ...obs, batchId: first.id, value: "10" } });
    const second = await prisma.batch.create({ data: { fileName: "b.csv", checksum: unique("c"), status: "SUBMITTED", uploaderId: uploader.id } });
    await prisma.observation.create({ data: { ...obs, batchId: second.id, value: "12" } });

    const actor = { id: reviewer.id, username: reviewer.username, displayName: "R", roles: ["reviewer" as const] };
    const approve = (revisionReason?: "CORRECTION") => approveBatch({ batchId: second.id, actor, ctx: SYSTEM_CONTEXT, releaseId: release.id, revisionReason });
    await expect(approve()).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect((await prisma.batch.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("SUBMITTED");
    await expect(approve("CORRECTION")).resolves.toMatchObject({ revised: 1 });
  });
});
