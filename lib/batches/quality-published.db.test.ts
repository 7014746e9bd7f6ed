// The quality checks compare a batch with the published figures (withheld ones revealed to
// staff): each key's newest vintage, and of the history only what decides a finding
// (lib/ingest/quality-history.ts, issue 21). On the demo, through the database's own read,
// they must find what they find with every published figure, and read each value as the full
// staff read gives it.
import { afterAll, describe, expect, it } from "vitest";
import { testPool } from "@/lib/test/db";
import { findPublishedForStaff } from "@/lib/public/visible-observations";
import { evaluateRules } from "@/lib/rules/evaluate";
import { loadRules } from "@/lib/rules/load-rules";
import { loadIngestContext } from "./ingest-context";
import { qualityPublished } from "./quality-published";

describe("the published values the quality checks read", () => {
  afterAll(async () => {
    await testPool().end();
  });

  it("find what every published figure finds, each value the newest published vintage", async () => {
    const [ctx, rules] = await Promise.all([loadIngestContext(testPool(), "zh"), loadRules(testPool())]);
    // the newest published values, a tenth of them wildly off (a unit slipped), as a batch resent
    const { rows } = await testPool().query<{ indicator_id: number; region_code: string; period: string; value: string }>(
      `SELECT o.indicator_id, o.region_code, o.period, o.value::text AS value FROM observation o JOIN batch b ON b.id = o.batch_id
       WHERE b.status = 'APPROVED' AND o.value IS NOT NULL ORDER BY o.period DESC, o.indicator_id, o.region_code LIMIT 60`,
    );
    expect(rows.length).toBeGreaterThan(0);
    const summary = { truncated: false, rows: rows.map((r, i) => ({ indicatorId: r.indicator_id, regionCode: r.region_code, period: r.period, value: i % 10 ? r.value : String(Number(r.value) * 1000 + 7), line: i + 2 })) };

    const got = (await qualityPublished(testPool(), summary, ctx.indicators, ctx.regions, rules)).values;
    const full = (await findPublishedForStaff(testPool(), {})).filter((v) => v.value !== null);
    const whole = full.map((v) => ({ indicatorId: v.indicatorId, regionCode: v.regionCode, period: v.period, value: v.value! }));
    const input = { summary, indicators: ctx.indicators, regions: ctx.regions, rules, locale: "zh" as const };
    const found = evaluateRules({ ...input, published: got });
    expect(found.findings.some((f) => f.code === "VALUE_OUTLIER")).toBe(true);
    expect(found).toEqual(evaluateRules({ ...input, published: whole }));

    const byKey = new Map(whole.map((v) => [`${v.indicatorId}|${v.regionCode}|${v.period}`, v]));
    for (const v of got) expect(v).toEqual(byKey.get(`${v.indicatorId}|${v.regionCode}|${v.period}`));
    expect(got.length).toBeGreaterThan(rows.length); // the series and neighbours the checks read
    expect(got.length).toBeLessThan(whole.length / 2); // not every published figure
  });
});
