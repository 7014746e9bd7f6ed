// A withdrawal that would bring an older public vintage back in place of a withheld complementary
// cell is refused, naming the confidential value it would expose; one that exposes nothing goes
// through as before.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_CONTEXT } from "@/lib/audit/write-audit";
import { testPrisma, unique } from "@/lib/test/db";
import { createPartsTable, type PartsTable, type TableRow } from "./test-table";
import { withdrawBatch } from "@/lib/workflow/transitions";


describe("withdrawing a batch re-checks the protection of the others", () => {
  const prisma = testPrisma();
  let fixture: PartsTable;
  let districts: string[] = [];
  let total: PartsTable["total"];
  let parts: PartsTable["parts"] = [];
  let uploader: PartsTable["uploader"];

  beforeAll(async () => {
    fixture = await createPartsTable(prisma, "W");
    ({ districts, total, parts, uploader } = fixture);
  });
  afterAll(async () => {
    await prisma.$disconnect();
  });

  type Row = TableRow;
  const table = (period: string): Row[] => fixture.rows(period);
  async function approved(rows: Row[], releaseAt: Date) {
    const release = await prisma.release.create({ data: { titleZh: unique("发布"), releaseAt } });
    const b = await prisma.batch.create({ data: { fileName: "w.csv", checksum: unique("c"), status: "APPROVED", uploaderId: uploader.id, releaseId: release.id } });
    await prisma.observation.createMany({ data: rows.map((r) => ({ ...r, batchId: b.id })) });
    return b.id;
  }

  it("refuses to withdraw complementary cells whose older public values would give a confidential one away", async () => {
    const period = "2041Q1";
    const all = table(period);
    const at = (p: number, d: number) => (r: Row) => r.indicatorId === parts[p].id && r.regionCode === districts[d];
    const primary = at(0, 0);
    const rectangle = [at(0, 1), at(1, 0), at(1, 1)];
    // released: the whole table but the confidential cell
    await approved(all.filter((r) => !primary(r)), new Date(Date.now() - 86400_000));
    // to come: a revision withholding the rectangle around it, and the confidential cell itself
    const later = new Date(Date.now() + 3600_000);
    const w = await approved(all.filter((r) => rectangle.some((f) => f(r))).map((r) => ({ ...r, withheld: { kind: "secondary", protects: [] } })), later);
    const x = await approved(all.filter(primary).map((r) => ({ ...r, flag: "CONFIDENTIAL" as const })), later);

    const err = await withdrawBatch({ batchId: w, actor: uploader, ctx: SYSTEM_CONTEXT }).catch((e) => e);
    expect(err).toMatchObject({ code: "INVALID_STATE" });
    expect(err.zh).toContain("不能撤回");
    expect(err.zh).toContain(`${parts[0].code} `);
    expect((await prisma.batch.findUniqueOrThrow({ where: { id: w } })).status).toBe("APPROVED");

    // the confidential value's own batch leaves no older public value behind: withdrawn as before
    await withdrawBatch({ batchId: x, actor: uploader, ctx: SYSTEM_CONTEXT });
    expect((await prisma.batch.findUniqueOrThrow({ where: { id: x } })).status).toBe("WITHDRAWN");
  });
});
