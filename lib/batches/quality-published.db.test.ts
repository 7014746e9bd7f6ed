// The quality checks compare a batch with the published figures (withheld ones revealed to
// staff): only each key's newest vintage, read without the passes that find what a revision
// replaced (issue 21). On the demo they must get exactly what the full staff read gives.
import { afterAll, describe, expect, it } from "vitest";
import { testPool } from "@/lib/test/db";
import { findPublishedForStaff } from "@/lib/public/visible-observations";
import { qualityIndicatorsNeeded, qualityKeysNeeded } from "@/lib/ingest";
import { loadIngestContext } from "./ingest-context";
import { qualityPublished } from "./quality-published";

describe("the published values the quality checks read", () => {
  afterAll(async () => {
    await testPool().end();
  });

  it("are the newest published vintage of each key the checks name, as the full staff read gives them", async () => {
    const ctx = await loadIngestContext(testPool(), "zh");
    const { rows } = await testPool().query<{ indicator_id: number; region_code: string; period: string; value: string }>(
      `SELECT o.indicator_id, o.region_code, o.period, o.value::text AS value FROM observation o JOIN batch b ON b.id = o.batch_id
       WHERE b.status = 'APPROVED' AND o.value IS NOT NULL ORDER BY o.period DESC, o.indicator_id, o.region_code LIMIT 40`,
    );
    expect(rows.length).toBeGreaterThan(0);
    const summary = { truncated: false, rows: rows.map((r, i) => ({ indicatorId: r.indicator_id, regionCode: r.region_code, period: r.period, value: r.value, line: i + 2 })) };

    const got = await qualityPublished(testPool(), summary, ctx.indicators, ctx.regions);
    // what reading every published vintage (revisions and all) and keeping what the checks name gives
    const keys = qualityKeysNeeded(summary, ctx.indicators, ctx.regions);
    const whole = new Set(qualityIndicatorsNeeded(summary, ctx.indicators));
    const want = new Set(keys.map((k) => `${k.indicatorId}|${k.regionCode}|${k.period}`));
    const full = await findPublishedForStaff(testPool(), { indicatorIds: [...new Set([...keys.map((k) => k.indicatorId), ...whole])] });
    const expected = full
      .filter((v) => v.value !== null && (whole.has(v.indicatorId) || want.has(`${v.indicatorId}|${v.regionCode}|${v.period}`)))
      .map((v) => ({ indicatorId: v.indicatorId, regionCode: v.regionCode, period: v.period, value: v.value }));
    expect(got.length).toBeGreaterThan(rows.length); // the series and neighbours the checks read, not only the batch's keys
    expect(got).toEqual(expected);
  });
});
