// The reviewer's magnitude check (batch-outliers.ts) on a staged batch: it reads the batch's own
// indicators and only the part of each series that decides a finding, and must flag what the
// same rules flag against every published figure: the incident's value, 300 times its series.
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { testPool, testPrisma, unique } from "@/lib/test/db";
import { findPublishedForStaff } from "@/lib/public/visible-observations";
import { asWarnings, evaluateRules } from "@/lib/rules/evaluate";
import { loadRules } from "@/lib/rules/load-rules";
import { checkBatchOutliers } from "./batch-outliers";
import { loadIngestContext } from "./ingest-context";
import { stageUpload } from "./stage-upload";

describe("the review page's magnitude check", () => {
  afterAll(async () => {
    await testPrisma().$disconnect();
    await testPool().end();
  });

  it("flags a value 300 times its series, as the same rules do against every published figure", async () => {
    const uploader = await testPrisma().user.create({ data: { username: unique("bo"), displayName: "上传员", passwordHash: "x", roles: ["uploader"] as never } });
    const audit = { actorId: uploader.id, actorName: uploader.username, ip: null, userAgent: null };
    const published = (await findPublishedForStaff(testPool(), {})).filter((v) => v.value !== null);
    // the newest published quarter of DE010 (企业数) in 和平区 and 沈河区; 和平区's sent 300 times over
    const de010 = (await testPool().query<{ id: number }>(`SELECT id FROM indicator WHERE code = 'DE010'`)).rows[0].id;
    const last = (region: string) => published.filter((v) => v.indicatorId === de010 && v.regionCode === region).sort((a, b) => a.periodEnd.localeCompare(b.periodEnd)).at(-1)!;
    const [a, b] = [last("210102"), last("210103")];
    const huge = String(Number(a.value) * 300);
    const csv = `指标代码,地区代码,时期,数值\r\nDE010,210102,${a.period},${huge}\r\nDE010,210103,${b.period},${b.value}\r\n`;
    const staged = await stageUpload({ source: Readable.from([Buffer.from(csv)]), fileName: `${unique("o")}.csv`, uploaderId: uploader.id, locale: "zh", dryRun: false, audit });
    const id = staged.body.id!;
    expect(id).toBeGreaterThan(0);

    const got = await checkBatchOutliers(testPool(), id, "zh");
    expect(got).toEqual([expect.objectContaining({ code: "VALUE_OUTLIER", line: 2, message: expect.stringContaining(`填报 ${huge}，本序列近8期中位数`) })]);

    // the same rules against every published figure and the whole catalogue
    const [ctx, rules] = await Promise.all([loadIngestContext(testPool(), "zh"), loadRules(testPool())]);
    const summary = { truncated: false, rows: [{ indicatorId: de010, regionCode: "210102", period: a.period, value: huge, line: 2 }, { indicatorId: de010, regionCode: "210103", period: b.period, value: b.value!, line: 3 }] };
    const whole = published.map((v) => ({ indicatorId: v.indicatorId, regionCode: v.regionCode, period: v.period, value: v.value! }));
    const magnitude = rules.filter((r) => r.params.check === "magnitude");
    expect(got).toEqual(asWarnings(evaluateRules({ summary, published: whole, indicators: ctx.indicators, regions: ctx.regions, rules: magnitude, locale: "zh" })));
  });
});
