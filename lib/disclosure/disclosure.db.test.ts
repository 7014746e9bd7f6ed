// Disclosure control through the real workflow: submission proposes, approval decides, the one
// visibility query masks; an already-public neighbourhood blocks the submission; rules are audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_CONTEXT } from "@/lib/audit/write-audit";
import { findPublishedForStaff, findVisibleObservations } from "@/lib/public/visible-observations";
import { feasibleRange } from "@/lib/test/lp-attack";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { approveBatch } from "@/lib/workflow/approve-batch";
import { submitBatch } from "@/lib/workflow/transitions";
import { saveRule } from "./save-rule";

const CITY = "210100";

describe("disclosure control in the workflow", () => {
  const prisma = testPrisma();
  let districts: string[] = [];
  let total: { id: number; code: string };
  let parts: { id: number; code: string }[] = [];
  let uploader: { id: number; username: string; displayName: string; roles: ["uploader"] };
  let reviewer: { id: number; username: string; displayName: string; roles: ["reviewer"] };

  beforeAll(async () => {
    districts = (await prisma.region.findMany({ where: { kind: { not: "CITY" } }, orderBy: { sortOrder: "asc" } })).map((r) => r.code);
    const mk = (code: string, partOfId?: number) =>
      prisma.indicator.create({ data: { code, nameZh: code, nameEn: code, unit: "亿元", frequency: "QUARTER", measureType: "CUMULATIVE", articleRef: "第十九条", partOfId } });
    total = await mk(unique("TT"));
    parts = [await mk(unique("TA"), total.id), await mk(unique("TB"), total.id), await mk(unique("TC"), total.id)];
    const u = await prisma.user.create({ data: { username: unique("up"), displayName: "U", passwordHash: "x", roles: ["uploader"] } });
    const r = await prisma.user.create({ data: { username: unique("rv"), displayName: "R", passwordHash: "x", roles: ["reviewer"] } });
    uploader = { id: u.id, username: u.username, displayName: "U", roles: ["uploader"] };
    reviewer = { id: r.id, username: r.username, displayName: "R", roles: ["reviewer"] };
  });
  afterAll(async () => {
    await prisma.$disconnect();
  });

  /** A consistent table: parts by district, totals their sums; `cell` overrides one part cell. */
  function table(period: string, tweak: (part: number, region: string) => { units?: number; flag?: "CONFIDENTIAL" } = () => ({})) {
    const rows: { indicatorId: number; regionCode: string; period: string; periodEnd: Date; value: string; units?: number; flag?: "CONFIDENTIAL" }[] = [];
    const end = new Date(`${period.slice(0, 4)}-03-31`);
    const v = (p: number, d: number) => 10 + ((p * 7 + d * 13) % 23);
    for (const [p, ind] of parts.entries()) {
      for (const [d, r] of districts.entries()) rows.push({ indicatorId: ind.id, regionCode: r, period, periodEnd: end, value: String(v(p, d)), ...tweak(p, r) });
      rows.push({ indicatorId: ind.id, regionCode: CITY, period, periodEnd: end, value: String(districts.reduce((s, _, d) => s + v(p, d), 0)) });
    }
    for (const [d, r] of districts.entries()) rows.push({ indicatorId: total.id, regionCode: r, period, periodEnd: end, value: String(parts.reduce((s, _, p) => s + v(p, d), 0)) });
    rows.push({ indicatorId: total.id, regionCode: CITY, period, periodEnd: end, value: String(parts.reduce((s, _, p) => s + districts.reduce((t, _, d) => t + v(p, d), 0), 0)) });
    return rows;
  }

  async function stage(rows: ReturnType<typeof table>) {
    const b = await prisma.batch.create({ data: { fileName: "d.csv", checksum: unique("c"), status: "STAGED", uploaderId: uploader.id } });
    await prisma.observation.createMany({ data: rows.map((r) => ({ ...r, batchId: b.id })) });
    return b.id;
  }

  it("withholds a cell under the unit threshold and complementary cells, so that the attack cannot narrow it", async () => {
    const period = "2033Q1";
    const id = await stage(table(period, (p, r) => (p === 0 && r === districts[0] ? { units: 2 } : { units: 9 })));
    await submitBatch({ batchId: id, actor: uploader, ctx: SYSTEM_CONTEXT });
    const proposed = await prisma.observation.findMany({ where: { batchId: id, NOT: { withheld: { equals: null as never } } } });
    expect(proposed.filter((o) => (o.withheld as { kind: string }).kind === "primary")).toHaveLength(1);
    expect(proposed.filter((o) => (o.withheld as { kind: string }).kind === "secondary").length).toBeGreaterThanOrEqual(3);

    const releaseAt = new Date(Date.now() + 1500);
    await approveBatch({ batchId: id, actor: reviewer, ctx: SYSTEM_CONTEXT, releaseAt });
    const audit = await prisma.auditEvent.findFirst({ where: { action: "batch.approved", entityId: String(id) }, orderBy: { id: "desc" } });
    expect((audit!.data as { disclosure: { secondary: unknown[] } }).disclosure.secondary.length).toBeGreaterThanOrEqual(3);

    const ids = [total.id, ...parts.map((p) => p.id)];
    const asOf = new Date(Date.now() + 60_000);
    const pub = await findVisibleObservations(testPool(), { indicatorIds: ids, from: period, to: period, asOf });
    const staff = await findPublishedForStaff(testPool(), { indicatorIds: ids, from: period, to: period, asOf });
    const primaryKey = `${parts[0].id}|${districts[0]}`;
    const hidden = pub.filter((o) => o.value === null);
    expect(hidden.every((o) => o.flag === "CONFIDENTIAL")).toBe(true);
    expect(hidden.map((o) => `${o.indicatorId}|${o.regionCode}`)).toContain(primaryKey);
    expect(staff.every((o) => o.value !== null)).toBe(true); // staff still see every figure

    const cells = pub.map((o) => ({ key: `${o.indicatorId}|${o.regionCode}`, value: o.value === null ? null : Number(o.value) }));
    const relations = [
      ...ids.map((i) => ({ total: `${i}|${CITY}`, parts: districts.map((d) => `${i}|${d}`) })),
      ...[CITY, ...districts].map((r) => ({ total: `${total.id}|${r}`, parts: parts.map((p) => `${p.id}|${r}`) })),
    ];
    const truth = Number(staff.find((o) => `${o.indicatorId}|${o.regionCode}` === primaryKey)!.value);
    const range = await feasibleRange(cells, relations, primaryKey);
    expect(range.lo).toBeLessThanOrEqual(truth * 0.85 + 1e-6);
    expect(range.hi).toBeGreaterThanOrEqual(truth * 1.15 - 1e-6);
  });

  it("refuses a submission that could only be protected by withdrawing public values, naming the cells", async () => {
    const period = "2034Q1";
    const release = await prisma.release.create({ data: { titleZh: unique("已发布"), releaseAt: new Date(Date.now() - 86400_000) } });
    const first = await stage(table(period));
    await prisma.batch.update({ where: { id: first }, data: { status: "APPROVED", releaseId: release.id } });
    // the same figure sent again, now flagged confidential: the totals around it are public
    const again = await stage(table(period).filter((r) => r.indicatorId === parts[0].id && r.regionCode === districts[0]).map((r) => ({ ...r, flag: "CONFIDENTIAL" as const })));
    const err = await submitBatch({ batchId: again, actor: uploader, ctx: SYSTEM_CONTEXT }).catch((e) => e);
    expect(err).toMatchObject({ code: "INVALID_STATE" });
    expect(err.zh).toContain(`${parts[0].code} `);
    expect(err.zh).toContain("已公开的数值不能撤回");
    expect(err.en).toContain("never withdrawn");
    const b = await prisma.batch.findUniqueOrThrow({ where: { id: again } });
    expect(b.status).toBe("STAGED");
    expect(await prisma.observation.count({ where: { batchId: again, NOT: { withheld: { equals: null as never } } } })).toBe(0);
  });

  it("applies the administrator's rule, and audits its change", async () => {
    await saveRule(parts[1].code, { minUnits: 10, dominanceN: null, dominanceK: null, pPercent: null, protectionPercent: "20" }, SYSTEM_CONTEXT);
    const ev = await prisma.auditEvent.findFirst({ where: { action: "disclosure.rule_saved", entityId: parts[1].code } });
    expect(ev?.data).toMatchObject({ before: null, after: { minUnits: 10, protectionPercent: "20" } });
    await expect(saveRule(parts[1].code, { minUnits: 0, dominanceN: null, dominanceK: null, pPercent: null, protectionPercent: "20" }, SYSTEM_CONTEXT)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    const id = await stage(table("2035Q1", (p, r) => (p === 1 && r === districts[2] ? { units: 9 } : { units: 50 })));
    await submitBatch({ batchId: id, actor: uploader, ctx: SYSTEM_CONTEXT });
    const primary = await prisma.observation.findFirst({ where: { batchId: id, indicatorId: parts[1].id, regionCode: districts[2] } });
    expect(primary?.withheld).toMatchObject({ kind: "primary", reason: { rule: "min_units", units: 9, min: 10 }, protectionPercent: "20" });
  });
});
