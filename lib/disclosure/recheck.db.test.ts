// A withdrawal that would bring an older public vintage back in place of a withheld complementary
// cell is refused, naming the confidential value it would expose; one that exposes nothing goes
// through as before.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_CONTEXT } from "@/lib/audit/write-audit";
import { testPrisma, unique } from "@/lib/test/db";
import { withdrawBatch } from "@/lib/workflow/transitions";

const CITY = "210100";

describe("withdrawing a batch re-checks the protection of the others", () => {
  const prisma = testPrisma();
  let districts: string[] = [];
  let total: { id: number; code: string };
  let parts: { id: number; code: string }[] = [];
  let uploader: { id: number; username: string; displayName: string; roles: ["uploader"] };

  beforeAll(async () => {
    districts = (await prisma.region.findMany({ where: { kind: { not: "CITY" } }, orderBy: { sortOrder: "asc" } })).map((r) => r.code);
    const mk = (code: string, partOfId?: number) =>
      prisma.indicator.create({ data: { code: unique(code), nameZh: code, nameEn: code, unit: "亿元", frequency: "QUARTER", measureType: "CUMULATIVE", articleRef: "第十九条", partOfId } });
    total = await mk("WT");
    parts = [await mk("WA", total.id), await mk("WB", total.id), await mk("WC", total.id)];
    const u = await prisma.user.create({ data: { username: unique("up"), displayName: "U", passwordHash: "x", roles: ["uploader"] } });
    uploader = { id: u.id, username: u.username, displayName: "U", roles: ["uploader"] };
  });
  afterAll(async () => {
    await prisma.$disconnect();
  });

  type Row = { indicatorId: number; regionCode: string; period: string; periodEnd: Date; value: string; flag?: "CONFIDENTIAL"; withheld?: object };
  function table(period: string): Row[] {
    const end = new Date(`${period.slice(0, 4)}-03-31`);
    const v = (p: number, d: number) => 10 + ((p * 7 + d * 13) % 23);
    const rows: Row[] = [];
    for (const [p, ind] of parts.entries()) {
      for (const [d, r] of districts.entries()) rows.push({ indicatorId: ind.id, regionCode: r, period, periodEnd: end, value: String(v(p, d)) });
      rows.push({ indicatorId: ind.id, regionCode: CITY, period, periodEnd: end, value: String(districts.reduce((s, _, d) => s + v(p, d), 0)) });
    }
    for (const [d, r] of districts.entries()) rows.push({ indicatorId: total.id, regionCode: r, period, periodEnd: end, value: String(parts.reduce((s, _, p) => s + v(p, d), 0)) });
    rows.push({ indicatorId: total.id, regionCode: CITY, period, periodEnd: end, value: String(parts.reduce((s, _, p) => s + districts.reduce((t, _, d) => t + v(p, d), 0), 0)) });
    return rows;
  }
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
