// What a batch holds, as its page and the review page say it ("DE001 数字经济核心产业增加值 …,
// 14 areas, 2025Q1–2025Q3"): from the batch's own rows, each indicator named by its key, so a
// batch of 100 indicators never reads the whole catalogue (5,700 indicators at 100×).
import { afterAll, describe, expect, it } from "vitest";
import { testPool } from "@/lib/test/db";
import { BATCH_CONTENTS_SQL, findBatchContents } from "./batch-contents";

describe("a batch's contents", () => {
  afterAll(async () => {
    await testPool().end();
  });

  it("name the batch's indicators in catalogue order with its areas and periods, looked up by key", async () => {
    const { rows: batches } = await testPool().query<{ id: number }>(
      `SELECT batch_id AS id FROM observation GROUP BY batch_id HAVING count(DISTINCT indicator_id) > 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    const id = batches[0].id;
    const { rows: want } = await testPool().query<{ code: string; name_zh: string; regions: number; min: string; max: string }>(
      `SELECT i.code, i.name_zh, count(DISTINCT o.region_code)::int AS regions FROM observation o JOIN indicator i ON i.id = o.indicator_id
       WHERE o.batch_id = $1 GROUP BY i.code, i.name_zh, i.sort_order ORDER BY i.sort_order, i.code`,
      [id],
    );
    const got = (await findBatchContents(testPool(), [id])).get(id)!;
    expect(got.indicators.map((i) => [i.code, i.nameZh])).toEqual(want.map((w) => [w.code, w.name_zh]));
    expect(got.regions).toBe(Math.max(...want.map((w) => w.regions)));

    const { rows } = await testPool().query<{ "QUERY PLAN": string }>(`EXPLAIN ${BATCH_CONTENTS_SQL}`, [[id]]);
    const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
    expect(plan).toMatch(/Index Scan using indicator_pkey on indicator/);
    expect(plan).not.toMatch(/Seq Scan on indicator/);
  });
});
