// The review diff compares each staged value with its own key's published vintages, found by
// the (indicator, region, period) index: what it costs follows what the batch holds, not every
// vintage of its indicators (issue 21). A lost index or a plan back to scanning the table would
// fail no other test, so the plan is asserted here beside what the reviewer sees.
import { afterAll, describe, expect, it } from "vitest";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { PREVIEW_PAGE_SQL, previewCounts, previewPage, previewRows } from "./preview";

const prisma = testPrisma();
const CITY = "210100";
const DISTRICT = "210102";

async function batch(status: "APPROVED" | "SUBMITTED", releaseAt: Date, rows: { indicatorId: number; region: string; period: string; end: string; value: string }[]) {
  const release = await prisma.release.create({ data: { titleZh: unique("测试发布"), releaseAt } });
  const b = await prisma.batch.create({ data: { fileName: "t.csv", checksum: unique("c"), status, releaseId: release.id } });
  await prisma.observation.createMany({
    data: rows.map((r) => ({ batchId: b.id, indicatorId: r.indicatorId, regionCode: r.region, period: r.period, periodEnd: new Date(r.end), value: r.value })),
  });
  return b.id;
}

const indicator = () =>
  prisma.indicator.create({
    data: { code: unique("T"), nameZh: "测试指标", nameEn: "Test", unit: "亿元", frequency: "QUARTER", measureType: "CUMULATIVE", articleRef: "第十九条" },
  });

describe("the review diff", () => {
  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("classifies each staged value against its key's newest published vintage", async () => {
    const ind = await indicator();
    const past = new Date(Date.now() - 86400_000);
    const key = (region: string, period: string, end: string, value: string) => ({ indicatorId: ind.id, region, period, end, value });
    await batch("APPROVED", new Date(past.getTime() - 86400_000), [key(CITY, "2041Q1", "2041-03-31", "5")]);
    await batch("APPROVED", past, [key(CITY, "2041Q1", "2041-03-31", "10"), key(DISTRICT, "2041Q1", "2041-03-31", "3")]); // a revision: 10 is current
    await batch("APPROVED", new Date(Date.now() + 3600_000), [key(CITY, "2041Q2", "2041-06-30", "7")]); // approved, release ahead
    const staged = await batch("SUBMITTED", past, [
      key(CITY, "2041Q1", "2041-03-31", "12"), // changed: 10 → 12
      key(DISTRICT, "2041Q1", "2041-03-31", "3"), // unchanged
      key(CITY, "2041Q2", "2041-06-30", "8"), // new to the public, a revision of the approved 7
      key(CITY, "2041Q3", "2041-09-30", "9"), // new
    ]);

    expect(await previewCounts(testPool(), staged)).toEqual({ new: 2, changed: 1, unchanged: 1 });
    expect(await previewCounts(testPool(), staged, { against: "approved" })).toEqual({ new: 1, changed: 2, unchanged: 1 });
    // the approval counts the same by the other path (every vintage of the batch's indicators)
    expect(await previewCounts(testPool(), staged, { against: "approved", scope: "indicators" })).toEqual({ new: 1, changed: 2, unchanged: 1 });
    expect(await previewCounts(testPool(), staged, { indicatorIds: [ind.id] })).toEqual({ new: 2, changed: 1, unchanged: 1 });

    const [changed] = await previewRows(testPool(), staged, { kind: "changed" });
    expect(changed).toMatchObject({ regionCode: CITY, period: "2041Q1", value: "12", oldValue: "10", diff: "2", kind: "changed" });
    // a page of the new ones still counts them all, changed first when all are listed
    const page = await previewPage(testPool(), staged, { kind: "new", limit: 1, offset: 1 });
    expect(page.counts).toEqual({ new: 2, changed: 1, unchanged: 1 });
    // and how many revise an approved value, the one waiting for its release included (10 → 12, 7 → 8)
    expect(page.revisions).toBe(2);
    expect(page.rows.map((r) => [r.kind, r.period])).toEqual([["new", "2041Q3"]]);
    expect((await previewPage(testPool(), staged)).rows.map((r) => r.kind)).toEqual(["changed", "new", "new", "unchanged"]);
  });

  it("counts what the rows classify, without the catalogue's names", async () => {
    const { rows } = await testPool().query<{ id: number }>(
      "SELECT b.id FROM batch b WHERE EXISTS (SELECT 1 FROM observation o WHERE o.batch_id = b.id) ORDER BY b.status = 'SUBMITTED' DESC, b.id DESC LIMIT 20",
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const { id } of rows) {
      const tally = { new: 0, changed: 0, unchanged: 0 };
      for (const r of await previewRows(testPool(), id, { limit: 1_000_000 })) tally[r.kind]++;
      expect(await previewCounts(testPool(), id), `batch ${id}`).toEqual(tally);
      // the review page's section counts in the same reply as its page, whichever page it is
      const past = await previewPage(testPool(), id, { limit: 1, offset: 1_000_000 });
      const revisions = (await previewCounts(testPool(), id, { against: "approved" })).changed;
      expect(past, `batch ${id}`).toEqual({ counts: tally, revisions, rows: [] });
    }
  });

  it("finds each staged key's vintages by index, never scanning the observation table", async () => {
    await testPool().query("ANALYZE observation, batch, release, indicator");
    const { rows: any } = await testPool().query<{ id: number }>("SELECT batch_id AS id FROM observation GROUP BY batch_id ORDER BY count(*) LIMIT 1");
    const { rows } = await testPool().query<{ "QUERY PLAN": string }>(`EXPLAIN ${PREVIEW_PAGE_SQL}`, [any[0].id, null, null, 100, 0]);
    const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
    expect(plan).toMatch(/Index (Only )?Scan using observation_indicator_id_region_code_period_idx on observation/);
    expect(plan).not.toMatch(/Seq Scan on observation/);
  });
});
