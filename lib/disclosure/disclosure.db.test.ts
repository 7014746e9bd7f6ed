// Disclosure control through the real workflow: submission proposes, approval decides, the one
// visibility query masks; an already-public neighbourhood blocks the submission; rules are audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM_CONTEXT } from "@/lib/audit/write-audit";
import { findPublishedForStaff, findVisibleObservations } from "@/lib/public/visible-observations";
import { feasibleRange } from "@/lib/test/lp-attack";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { CITY, createPartsTable, type PartsTable } from "./test-table";
import { approveBatch } from "@/lib/workflow/approve-batch";
import { submitBatch } from "@/lib/workflow/transitions";
import { reviewDisclosure } from "./review";
import { saveRule } from "./save-rule";


describe("disclosure control in the workflow", () => {
  const prisma = testPrisma();
  let fixture: PartsTable;
  let districts: string[] = [];
  let total: PartsTable["total"];
  let parts: PartsTable["parts"] = [];
  let uploader: PartsTable["uploader"];
  let reviewer: PartsTable["reviewer"];

  beforeAll(async () => {
    fixture = await createPartsTable(prisma, "T");
    ({ districts, total, parts, uploader, reviewer } = fixture);
  });
  afterAll(async () => {
    await prisma.$disconnect();
  });

  const table = (period: string, tweak?: Parameters<PartsTable["rows"]>[1]) => fixture.rows(period, tweak);

  async function stage(rows: ReturnType<typeof table>) {
    const b = await prisma.batch.create({ data: { fileName: "d.csv", checksum: unique("c"), status: "STAGED", uploaderId: uploader.id } });
    await prisma.observation.createMany({ data: rows.map((r) => ({ ...r, batchId: b.id })) });
    return b.id;
  }

  /** What the public sees of the table a minute from now, and the attacker's range for the first district's first part. */
  async function attack(period: string) {
    const ids = [total.id, ...parts.map((p) => p.id)];
    const asOf = new Date(Date.now() + 60_000);
    const pub = await findVisibleObservations(testPool(), { indicatorIds: ids, from: period, to: period, asOf });
    const staff = await findPublishedForStaff(testPool(), { indicatorIds: ids, from: period, to: period, asOf });
    const primaryKey = `${parts[0].id}|${districts[0]}`;
    const cells = pub.map((o) => ({ key: `${o.indicatorId}|${o.regionCode}`, value: o.value === null ? null : Number(o.value) }));
    const relations = [
      ...ids.map((i) => ({ total: `${i}|${CITY}`, parts: districts.map((d) => `${i}|${d}`) })),
      ...[CITY, ...districts].map((r) => ({ total: `${total.id}|${r}`, parts: parts.map((p) => `${p.id}|${r}`) })),
    ];
    const truth = Number(staff.find((o) => `${o.indicatorId}|${o.regionCode}` === primaryKey)!.value);
    return { pub, staff, truth, range: await feasibleRange(cells, relations, primaryKey) };
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

    const { pub, staff, range, truth } = await attack(period);
    const hidden = pub.filter((o) => o.value === null);
    expect(hidden.every((o) => o.flag === "CONFIDENTIAL")).toBe(true);
    expect(hidden.map((o) => `${o.indicatorId}|${o.regionCode}`)).toContain(`${parts[0].id}|${districts[0]}`);
    expect(staff.every((o) => o.value !== null)).toBe(true); // staff still see every figure
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
    // the review page's look says the same of approving it, and of the plain batch before it nothing
    const look = await reviewDisclosure(again, true);
    expect(look.blocked?.zh).toContain("不能批准");
    expect(look.blocked?.zh).toContain(`${parts[0].code} `);
    expect((await reviewDisclosure(first, true)).blocked).toBeNull();
    expect(await prisma.observation.count({ where: { batchId: again, NOT: { withheld: { equals: null as never } } } })).toBe(0);
  });

  it("protects an approved batch's confidential value again when a later batch revises its complementary cells, beside a long plain series it leaves alone", async () => {
    const period = "2037Q1";
    const first = await stage(table(period, (p, r) => (p === 0 && r === districts[0] ? { units: 2 } : { units: 9 })));
    await submitBatch({ batchId: first, actor: uploader, ctx: SYSTEM_CONTEXT });
    await approveBatch({ batchId: first, actor: reviewer, ctx: SYSTEM_CONTEXT, releaseAt: new Date(Date.now() + 1500) });
    const complementary = await prisma.observation.findMany({ where: { batchId: first, withheld: { path: ["kind"], equals: "secondary" } } });
    expect(complementary.length).toBeGreaterThanOrEqual(3);

    // the same figures sent again (no confidential value of its own), with ten years of a monthly indicator
    const revision = await stage(complementary.map((o) => ({ indicatorId: o.indicatorId, regionCode: o.regionCode, period, periodEnd: o.periodEnd, value: o.value!.toString(), units: 9 })));
    const plain = await prisma.indicator.create({ data: { code: unique("PL"), nameZh: "p", nameEn: "p", unit: "万户", frequency: "MONTH", measureType: "STOCK", articleRef: "第九条" } });
    await testPool().query(
      `INSERT INTO observation (batch_id, indicator_id, region_code, period, period_end, value)
       SELECT $1, $2, r, y || 'M' || lpad(m::text, 2, '0'), make_date(y, m, 1), y + m FROM unnest($3::text[]) r, generate_series(2040, 2049) y, generate_series(1, 12) m`,
      [revision, plain.id, [CITY, ...districts]],
    );
    await submitBatch({ batchId: revision, actor: uploader, ctx: SYSTEM_CONTEXT });
    await approveBatch({ batchId: revision, actor: reviewer, ctx: SYSTEM_CONTEXT, releaseAt: new Date(Date.now() + 1500) });

    expect(await prisma.observation.count({ where: { batchId: revision, indicatorId: plain.id } })).toBe(120 * (districts.length + 1));
    expect(await prisma.observation.count({ where: { batchId: revision, indicatorId: plain.id, NOT: { withheld: { equals: null as never } } } })).toBe(0);
    const { range, truth } = await attack(period);
    expect(range.lo).toBeLessThanOrEqual(truth * 0.85 + 1e-6);
    expect(range.hi).toBeGreaterThanOrEqual(truth * 1.15 - 1e-6);
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
