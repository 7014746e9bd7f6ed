// Ratios and growth rates of a withheld value (DE003 = DE001 / GDP, DE002 the growth of DE001):
// the attack (GLPK, lib/test/lp-attack.ts) takes the share as a known coefficient, so a public
// share and a public GDP give the withheld value back exactly. The visibility query withholds
// the share and the growth rate with it, the decision says why, and a value whose share is
// already public cannot be made confidential afterwards, nor the batch withholding it withdrawn.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_CONTEXT } from "@/lib/audit/write-audit";
import { findPublishedForStaff, findVisibleObservations } from "@/lib/public/visible-observations";
import { feasibleRange } from "@/lib/test/lp-attack";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { approveBatch } from "@/lib/workflow/approve-batch";
import { submitBatch, withdrawBatch } from "@/lib/workflow/transitions";

const CITY = "210100";
// 100 / share is exact in decimals, so the share is published exactly (no rounding to hide behind)
const SHARES = [4, 5, 8, 10, 16, 20, 25];

describe("ratios and growth rates of a withheld value", () => {
  const prisma = testPrisma();
  let districts: string[] = [];
  const ind: Record<"tot" | "a" | "b" | "c" | "gdp" | "share" | "growth", { id: number; code: string }> = {} as never;
  let uploader: { id: number; username: string; displayName: string; roles: ["uploader"] };
  let reviewer: { id: number; username: string; displayName: string; roles: ["reviewer"] };

  beforeAll(async () => {
    districts = (await prisma.region.findMany({ where: { kind: { not: "CITY" } }, orderBy: { sortOrder: "asc" } })).map((r) => r.code);
    const mk = (p: string, unit = "亿元", more: { partOfId?: number; growthOfId?: number } = {}) =>
      prisma.indicator.create({ data: { code: unique(p), nameZh: p, nameEn: p, unit, frequency: "QUARTER", measureType: "CUMULATIVE", articleRef: "第十九条", ...more } });
    ind.tot = await mk("RT");
    for (const k of ["a", "b", "c"] as const) ind[k] = await mk(`R${k.toUpperCase()}`, "亿元", { partOfId: ind.tot.id });
    ind.gdp = await mk("RG");
    ind.share = await mk("RS", "%");
    ind.growth = await mk("RY", "%", { growthOfId: ind.tot.id });
    await prisma.ratioRelation.create({ data: { ratioId: ind.share.id, numeratorId: ind.tot.id, denominatorId: ind.gdp.id } });
    const u = await prisma.user.create({ data: { username: unique("up"), displayName: "U", passwordHash: "x", roles: ["uploader"] } });
    const r = await prisma.user.create({ data: { username: unique("rv"), displayName: "R", passwordHash: "x", roles: ["reviewer"] } });
    uploader = { id: u.id, username: u.username, displayName: "U", roles: ["uploader"] };
    reviewer = { id: r.id, username: r.username, displayName: "R", roles: ["reviewer"] };
  });
  afterAll(async () => {
    await prisma.$disconnect();
  });

  type Row = { indicatorId: number; regionCode: string; period: string; periodEnd: Date; value: string; flag?: "CONFIDENTIAL" };
  /** Parts by district, totals their sums, GDP, the share of GDP and a growth rate per region. */
  function table(period: string, flagged: (indicatorId: number, region: string) => boolean = () => false): Row[] {
    const end = new Date(`${period.slice(0, 4)}-03-31`);
    const v = new Map<string, number>();
    const parts = [ind.a, ind.b, ind.c];
    parts.forEach((p, i) => districts.forEach((d, j) => v.set(`${p.id}|${d}`, 10 + ((i * 7 + j * 13) % 23))));
    for (const p of parts) v.set(`${p.id}|${CITY}`, districts.reduce((s, d) => s + v.get(`${p.id}|${d}`)!, 0));
    for (const r of [CITY, ...districts]) v.set(`${ind.tot.id}|${r}`, parts.reduce((s, p) => s + v.get(`${p.id}|${r}`)!, 0));
    const rows: Row[] = [...v].map(([k, value]) => {
      const [i, r] = k.split("|");
      return { indicatorId: Number(i), regionCode: r, period, periodEnd: end, value: String(value) };
    });
    for (const [j, r] of [CITY, ...districts].entries()) {
      const share = SHARES[j % SHARES.length];
      const gdp = (v.get(`${ind.tot.id}|${r}`)! * 100) / share;
      rows.push({ indicatorId: ind.gdp.id, regionCode: r, period, periodEnd: end, value: String(gdp) });
      rows.push({ indicatorId: ind.share.id, regionCode: r, period, periodEnd: end, value: String(share) });
      rows.push({ indicatorId: ind.growth.id, regionCode: r, period, periodEnd: end, value: String(3 + j) });
    }
    return rows.map((r) => (flagged(r.indicatorId, r.regionCode) ? { ...r, flag: "CONFIDENTIAL" as const } : r));
  }
  async function stage(rows: Row[]) {
    const b = await prisma.batch.create({ data: { fileName: "r.csv", checksum: unique("c"), status: "STAGED", uploaderId: uploader.id } });
    await prisma.observation.createMany({ data: rows.map((r) => ({ ...r, batchId: b.id })) });
    return b.id;
  }
  const uploaderActor = () => uploader;
  const key = (o: { indicatorId: number; regionCode: string }) => `${o.indicatorId}|${o.regionCode}`;
  const relations = () => [
    ...[ind.tot, ind.a, ind.b, ind.c].map((i) => ({ total: `${i.id}|${CITY}`, parts: districts.map((d) => `${i.id}|${d}`) })),
    ...[CITY, ...districts].map((r) => ({ total: `${ind.tot.id}|${r}`, parts: [ind.a, ind.b, ind.c].map((p) => `${p.id}|${r}`) })),
  ];
  const ratios = () => [CITY, ...districts].map((r) => ({ ratio: `${ind.share.id}|${r}`, numerator: `${ind.tot.id}|${r}`, denominator: `${ind.gdp.id}|${r}`, scale: 100 }));

  it("withholds the share and the growth rate of a withheld total, so that share × GDP no longer gives it back", async () => {
    const period = "2036Q1";
    const target = `${ind.tot.id}|${districts[2]}`;
    const id = await stage(table(period, (i, r) => i === ind.tot.id && r === districts[2]));
    await submitBatch({ batchId: id, actor: uploader, ctx: SYSTEM_CONTEXT });
    const releaseAt = new Date(Date.now() + 1500);
    await approveBatch({ batchId: id, actor: reviewer, ctx: SYSTEM_CONTEXT, releaseAt });

    // the decision says why the share and the growth rate are withheld, and the audit keeps it
    const share = await prisma.observation.findFirstOrThrow({ where: { batchId: id, indicatorId: ind.share.id, regionCode: districts[2] } });
    expect(share.withheld).toMatchObject({ kind: "derived", role: "numerator", because: expect.stringContaining(ind.tot.code) });
    const growth = await prisma.observation.findFirstOrThrow({ where: { batchId: id, indicatorId: ind.growth.id, regionCode: districts[2] } });
    expect(growth.withheld).toMatchObject({ kind: "derived", role: "level" });
    const audit = await prisma.auditEvent.findFirst({ where: { action: "batch.approved", entityId: String(id) }, orderBy: { id: "desc" } });
    expect((audit!.data as { disclosure: { derived: { cell: string }[] } }).disclosure.derived.map((d) => d.cell).join(" ")).toContain(ind.share.code);

    const ids = Object.values(ind).map((i) => i.id);
    const asOf = new Date(Date.now() + 60_000);
    const pub = await findVisibleObservations(testPool(), { indicatorIds: ids, from: period, to: period, asOf });
    const staff = await findPublishedForStaff(testPool(), { indicatorIds: ids, from: period, to: period, asOf });
    const truth = Number(staff.find((o) => key(o) === target)!.value);
    const hidden = new Set(pub.filter((o) => o.value === null).map(key));
    expect(hidden).toContain(target);
    expect(hidden).toContain(`${ind.share.id}|${districts[2]}`);
    expect(hidden).toContain(`${ind.growth.id}|${districts[2]}`);
    expect(hidden.has(`${ind.share.id}|${CITY}`), "the city's share stays published").toBe(false);

    // before: the same public table with the share of the withheld total still in it
    const leaked = pub.map((o) => ({ key: key(o), value: o.value === null && key(o) !== `${ind.share.id}|${districts[2]}` ? null : Number(staff.find((s) => key(s) === key(o))!.value) }));
    const before = await feasibleRange(leaked, relations(), target, ratios());
    expect(before.lo).toBeCloseTo(truth, 6);
    expect(before.hi).toBeCloseTo(truth, 6);
    // after: what the public reads
    const cells = pub.map((o) => ({ key: key(o), value: o.value === null ? null : Number(o.value) }));
    const after = await feasibleRange(cells, relations(), target, ratios());
    expect(after.lo).toBeLessThanOrEqual(truth * 0.85 + 1e-6);
    expect(after.hi).toBeGreaterThanOrEqual(truth * 1.15 - 1e-6);
  });

  it("withholds a share released before its withheld numerator from the numerator's approval on (the one visibility query)", async () => {
    const period = "2037Q1";
    const all = table(period);
    const soon = await prisma.release.create({ data: { titleZh: unique("比重"), releaseAt: new Date(Date.now() + 300_000) } });
    const shares = await stage(all.filter((r) => r.indicatorId === ind.share.id));
    await prisma.batch.update({ where: { id: shares }, data: { status: "APPROVED", releaseId: soon.id } });
    const withheld = await stage(all.filter((r) => r.indicatorId === ind.tot.id && r.regionCode === districts[5]).map((r) => ({ ...r, flag: "CONFIDENTIAL" as const })));
    const later = await prisma.release.create({ data: { titleZh: unique("总量"), releaseAt: new Date(Date.now() + 3600_000) } });
    await prisma.batch.update({ where: { id: withheld }, data: { status: "APPROVED", releaseId: later.id } });

    // between the two releases: the share is out, the numerator not yet, and share × GDP would give it
    const between = await findVisibleObservations(testPool(), { indicatorIds: [ind.share.id], from: period, to: period, asOf: new Date(Date.now() + 600_000) });
    expect(between.find((o) => o.regionCode === districts[5])).toMatchObject({ value: null, flag: "CONFIDENTIAL" });
    expect(between.filter((o) => o.value === null)).toHaveLength(1); // the other districts' shares stay

    // withdrawing the numerator's batch would show the share again: refused, naming it
    const err = await withdrawBatch({ batchId: withheld, actor: uploaderActor(), ctx: SYSTEM_CONTEXT }).catch((e) => e);
    expect(err).toMatchObject({ code: "INVALID_STATE" });
    expect(err.zh).toContain("不能撤回");
    expect(err.zh).toContain(`${ind.share.code} `);
    expect((await prisma.batch.findUniqueOrThrow({ where: { id: withheld } })).status).toBe("APPROVED");
    // while a batch whose withdrawal exposes nothing is withdrawn as before
    await withdrawBatch({ batchId: shares, actor: uploaderActor(), ctx: SYSTEM_CONTEXT });
    expect((await prisma.batch.findUniqueOrThrow({ where: { id: shares } })).status).toBe("WITHDRAWN");
  });

  it("refuses to make a value confidential when its share is already public, naming the share", async () => {
    const period = "2038Q1";
    const all = table(period);
    const release = await prisma.release.create({ data: { titleZh: unique("已发布比重"), releaseAt: new Date(Date.now() - 60_000) } });
    const first = await stage(all.filter((r) => r.indicatorId === ind.share.id || r.indicatorId === ind.gdp.id));
    await prisma.batch.update({ where: { id: first }, data: { status: "APPROVED", releaseId: release.id } });
    const id = await stage(table(period, (i, r) => i === ind.tot.id && r === districts[1]).filter((r) => [ind.tot.id, ind.a.id, ind.b.id, ind.c.id].includes(r.indicatorId)));
    const err = await submitBatch({ batchId: id, actor: uploader, ctx: SYSTEM_CONTEXT }).catch((e) => e);
    expect(err).toMatchObject({ code: "INVALID_STATE" });
    expect(err.zh).toContain(`${ind.tot.code} `);
    expect(err.zh).toContain(`${ind.share.code} `);
    expect((await prisma.batch.findUniqueOrThrow({ where: { id } })).status).toBe("STAGED");
  });
});
