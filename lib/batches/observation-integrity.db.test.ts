import { afterAll, describe, expect, it } from "vitest";
import { testPool, testPrisma, unique } from "@/lib/test/db";

// observation has no foreign keys (the bulk path); these triggers keep what they guaranteed
describe("observation references without foreign keys", () => {
  afterAll(async () => {
    await testPrisma().$disconnect();
  });

  it("refuses to delete an indicator or a region", async () => {
    await expect(testPool().query("DELETE FROM indicator WHERE code = 'DE050'")).rejects.toThrow(/never deleted/);
    await expect(testPool().query("DELETE FROM region WHERE code = '210102'")).rejects.toThrow(/never deleted/);
  });

  it("deletes a batch's values with the batch", async () => {
    const prisma = testPrisma();
    const batch = await prisma.batch.create({ data: { fileName: "x.csv", checksum: unique("c"), status: "STAGED" } });
    const ind = await prisma.indicator.findUniqueOrThrow({ where: { code: "DE010" } });
    await prisma.observation.create({ data: { batchId: batch.id, indicatorId: ind.id, regionCode: "210102", period: "2030Q1", periodEnd: new Date("2030-03-31"), value: "1" } });
    await prisma.batch.delete({ where: { id: batch.id } });
    expect(await prisma.observation.count({ where: { batchId: batch.id } })).toBe(0);
  });
});
