import { afterAll, describe, expect, it } from "vitest";
import { testPrisma } from "@/lib/test/db";
import { loadReference, referenceIndicators } from "./load-reference";

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

  it("brings a catalogue loaded by an older version up to date, where nobody has edited it", async () => {
    const de001 = referenceIndicators().find((i) => i.code === "DE001")!;
    // as the first version loaded it: the compiler's note as the public method note, no metadata, default due days
    await prisma.indicator.update({
      where: { code: "DE001" },
      data: { methodNotes: de001.internalNotes, internalNotes: null, definition: null, definitionEn: null, methodNotesEn: null, sourceNote: null, sourceNoteEn: null, dueDays: 25 },
    });
    await prisma.indicator.update({ where: { code: "DE002" }, data: { methodNotes: "edited by an admin", internalNotes: null, dueDays: 30 } });
    await loadReference(prisma);
    const after = await prisma.indicator.findUniqueOrThrow({ where: { code: "DE001" } });
    expect(after.methodNotes).toBe(de001.methodNotes);
    expect(after.methodNotes).not.toContain("UNVERIFIED");
    expect(after.internalNotes).toContain("UNVERIFIED for Shenyang");
    expect([after.definitionEn, after.sourceNote, after.dueDays]).toEqual([de001.definitionEn, de001.sourceNote, 20]);
    const edited = await prisma.indicator.findUniqueOrThrow({ where: { code: "DE002" } });
    expect([edited.methodNotes, edited.dueDays]).toEqual(["edited by an admin", 30]);
    expect(await prisma.auditEvent.count({ where: { action: "catalogue.reference_updated" } })).toBeGreaterThan(0);
  });
});
