// The reviewer picks other complementary cells: refused with the confidential cells named when
// the set does not protect them (nothing changes), stored, audited and kept by the approval when
// it does; the attack (GLPK) confirms the chosen set protects.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_CONTEXT } from "@/lib/audit/write-audit";
import { findPublishedForStaff, findVisibleObservations } from "@/lib/public/visible-observations";
import { feasibleRange } from "@/lib/test/lp-attack";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { CITY, createPartsTable, type PartsTable } from "./test-table";
import { approveBatch } from "@/lib/workflow/approve-batch";
import { submitBatch } from "@/lib/workflow/transitions";
import { reviewDisclosure } from "./review";
import { replaceComplementary, type CellRef } from "./review-choice";


describe("the reviewer picks other complementary cells", () => {
  const prisma = testPrisma();
  let fixture: PartsTable;
  let districts: string[] = [];
  let total: PartsTable["total"];
  let parts: PartsTable["parts"] = [];
  let uploader: PartsTable["uploader"];
  let reviewer: PartsTable["reviewer"];

  beforeAll(async () => {
    fixture = await createPartsTable(prisma, "C");
    ({ districts, total, parts, uploader, reviewer } = fixture);
  });
  afterAll(async () => {
    await prisma.$disconnect();
  });

  async function stageTable(period: string) {
    // the first district's first part falls under the unit threshold; every other cell is well above it
    const rows = fixture.rows(period, (p, r) => ({ units: p === 0 && r === districts[0] ? 2 : 9 })).map((r) => ({ ...r, units: r.units ?? 99 }));
    const b = await prisma.batch.create({ data: { fileName: "c.csv", checksum: unique("c"), status: "STAGED", uploaderId: uploader.id } });
    await prisma.observation.createMany({ data: rows.map((r) => ({ ...r, batchId: b.id })) });
    return b.id;
  }
  const codeOf = (id: number) => [total, ...parts].find((i) => i.id === id)!.code;
  async function withheld(batchId: number) {
    const rows = await prisma.observation.findMany({ where: { batchId, NOT: { withheld: { equals: null as never } } } });
    return rows.map((o) => ({ ref: { indicatorCode: codeOf(o.indicatorId), regionCode: o.regionCode, period: o.period } as CellRef, w: o.withheld as { kind: string; chosen?: boolean } }));
  }

  it("refuses a set that leaves the confidential value unprotected, and keeps one that protects it through approval", async () => {
    const period = "2039Q1";
    const id = await stageTable(period);
    await submitBatch({ batchId: id, actor: uploader, ctx: SYSTEM_CONTEXT });
    const proposed = (await withheld(id)).filter((c) => c.w.kind === "secondary").map((c) => c.ref);
    expect(proposed.length).toBeGreaterThanOrEqual(3);
    await expect(replaceComplementary(id, [proposed[0]], [], uploader, SYSTEM_CONTEXT)).rejects.toMatchObject({ code: "FORBIDDEN" });

    // releasing one proposed cell without another in its place: the primary follows from the totals
    const err = await replaceComplementary(id, [proposed[0]], [], reviewer, SYSTEM_CONTEXT).catch((e) => e);
    expect(err).toMatchObject({ code: "INVALID_STATE" });
    expect(err.zh).toContain("所选的辅助保密数值不足以保护");
    expect(err.zh).toContain(`${parts[0].code} `);
    expect((await withheld(id)).filter((c) => c.w.kind === "secondary").map((c) => c.ref)).toEqual(proposed); // nothing changed

    // another rectangle around the primary cell (part 0, district 0), away from the proposed one
    const usedParts = new Set(proposed.map((c) => c.indicatorCode));
    const usedDistricts = new Set(proposed.map((c) => c.regionCode));
    const other = parts.find((p) => p !== parts[0] && !usedParts.has(p.code))!.code;
    const far = districts.find((d) => d !== districts[0] && !usedDistricts.has(d))!;
    const rectangle: CellRef[] = [
      { indicatorCode: parts[0].code, regionCode: far, period },
      { indicatorCode: other, regionCode: districts[0], period },
      { indicatorCode: other, regionCode: far, period },
    ];
    // the review page offers these cells to withhold instead, and the proposed ones to release
    const page = await reviewDisclosure(id, true);
    expect(page.blocked).toBeNull();
    expect(page.candidates.map((c) => c.ref)).toEqual(expect.arrayContaining(rectangle.map((c) => `${c.indicatorCode}|${c.regionCode}|${c.period}`)));
    expect(page.cells.filter((c) => c.withheld.kind === "secondary")).toHaveLength(proposed.length);
    await replaceComplementary(id, proposed, rectangle, reviewer, SYSTEM_CONTEXT);
    expect((await reviewDisclosure(id, true)).blocked).toBeNull(); // approval would keep the chosen set
    const audit = await prisma.auditEvent.findFirst({ where: { action: "disclosure.secondary_chosen", entityId: String(id) } });
    expect((audit!.data as { released: string[] }).released).toHaveLength(proposed.length);

    await approveBatch({ batchId: id, actor: reviewer, ctx: SYSTEM_CONTEXT, releaseAt: new Date(Date.now() + 1000) });
    const kept = (await withheld(id)).filter((c) => c.w.kind === "secondary");
    expect(kept.map((c) => c.ref)).toEqual(expect.arrayContaining(rectangle));
    expect(kept).toHaveLength(3);
    expect(kept.every((c) => c.w.chosen)).toBe(true);

    const ids = [total.id, ...parts.map((p) => p.id)];
    const asOf = new Date(Date.now() + 60_000);
    const pub = await findVisibleObservations(testPool(), { indicatorIds: ids, from: period, to: period, asOf });
    const staff = await findPublishedForStaff(testPool(), { indicatorIds: ids, from: period, to: period, asOf });
    const target = `${parts[0].id}|${districts[0]}`;
    const truth = Number(staff.find((o) => `${o.indicatorId}|${o.regionCode}` === target)!.value);
    const relations = [
      ...ids.map((i) => ({ total: `${i}|${CITY}`, parts: districts.map((d) => `${i}|${d}`) })),
      ...[CITY, ...districts].map((r) => ({ total: `${total.id}|${r}`, parts: parts.map((p) => `${p.id}|${r}`) })),
    ];
    const range = await feasibleRange(pub.map((o) => ({ key: `${o.indicatorId}|${o.regionCode}`, value: o.value === null ? null : Number(o.value) })), relations, target);
    expect(range.lo).toBeLessThanOrEqual(truth * 0.85 + 1e-6);
    expect(range.hi).toBeGreaterThanOrEqual(truth * 1.15 - 1e-6);
  });
});
