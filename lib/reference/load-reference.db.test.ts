import { afterAll, describe, expect, it } from "vitest";
import { testPrisma } from "@/lib/test/db";
import { loadReference } from "./load-reference";

describe("reference data in the database", () => {
  const prisma = testPrisma();
  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("holds the city and 13 units, the whole classification and the catalogue", async () => {
    expect(await prisma.region.count()).toBe(14);
    expect(await prisma.industryCategory.count()).toBe(194);
    expect(await prisma.industryCategory.count({ where: { level: 1, isCore: true } })).toBe(4);
    expect(await prisma.indicator.count({ where: { code: { startsWith: "DE0" } } })).toBe(56);
    expect(await prisma.emergingIndustry.count()).toBe(9);
  });

  it("loads again without duplicating anything or overwriting catalogue edits", async () => {
    await prisma.indicator.update({ where: { code: "DE050" }, data: { definition: "edited by an admin" } });
    const before = await prisma.indicator.count();
    const { createdIndicators } = await loadReference(prisma);
    expect(createdIndicators).toBe(0);
    expect(await prisma.indicator.count()).toBe(before);
    expect(await prisma.region.count()).toBe(14);
    expect((await prisma.indicator.findUniqueOrThrow({ where: { code: "DE050" } })).definition).toBe("edited by an admin");
  });
});
