import { z } from "zod";
import { requireApi } from "@/lib/auth/api-auth";
import { loadIngestContext } from "@/lib/batches/ingest-context";
import { findTemplateExample } from "@/lib/batches/template-example";
import { pool } from "@/lib/db";
import { csvResponse } from "@/lib/export/csv";
import { apiError } from "@/lib/http/api-response";
import { csvTemplate } from "@/lib/ingest";
import { mustParsePeriod, periodCode, periodRange } from "@/lib/period";
import { clockAt } from "@/lib/schedule/clock";
import { withDbErrors } from "@/lib/http/db-unavailable";
import { PERIOD_CODE } from "@/lib/open-api/schemas/common";

const ZQuery = z.object({
  layout: z.enum(["long", "wide"]).default("long"),
  locale: z.enum(["zh", "en"]).default("zh"),
  indicators: z.string().max(2000).optional(),
  regions: z.enum(["all", "none"]).default("all"),
  // the period code's own pattern: a looser one let 2025M13 through to a parser that throws
  from: z.string().regex(PERIOD_CODE).optional(),
  to: z.string().regex(PERIOD_CODE).optional(),
});

/**
 * GET ?layout=long|wide&indicators=DE001,DE002&from=2025Q1&to=2025Q4: a CSV template (UTF-8 with
 * BOM). Without indicators it is prefilled by example: the caller's most urgent return due
 * (indicator and period) for the city and its 13 districts.
 */
export const GET = withDbErrors(async (req: Request) => {
  const auth = await requireApi(req, "batch:upload");
  if (auth instanceof Response) return auth;
  const q = ZQuery.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!q.success) return apiError(400, "invalid_query", `参数有误 / Invalid parameters: ${q.error.issues.map((i) => i.path.join(".")).join(", ")}`);
  const ctx = await loadIngestContext(pool(), q.data.locale);
  const codes = (q.data.indicators ?? "").split(",").map((c) => c.trim()).filter(Boolean);
  let indicators = codes.map((c) => ctx.indicators.find((i) => i.code === c)).filter((i) => i !== undefined);
  if (indicators.length !== codes.length) {
    const unknown = codes.filter((c) => !ctx.indicators.some((i) => i.code === c)).slice(0, 5).map((c) => c.slice(0, 40)).join(", ");
    return apiError(400, "unknown_indicator", `参数 indicators 含不存在的指标代码：${unknown} / Parameter indicators names unknown indicator codes: ${unknown}`, { parameter: "indicators" });
  }
  let periods: string[] = [];
  if (q.data.from && q.data.to) {
    const [a, b] = [mustParsePeriod(q.data.from), mustParsePeriod(q.data.to)];
    if (a.freq !== b.freq) return apiError(400, "invalid_range", "起止时期频率不同 / from and to differ in frequency");
    periods = periodRange(a, b).slice(0, 60).map(periodCode);
  }
  if (!indicators.length) {
    const example = await findTemplateExample(pool(), ctx.indicators, clockAt(new Date()), auth.actor.id);
    if (example) {
      indicators = [example.indicator];
      if (!periods.length) periods = [example.period];
    }
  }
  const body = csvTemplate({
    layout: q.data.layout,
    locale: q.data.locale,
    indicators,
    regions: q.data.regions === "all" ? ctx.regions : [],
    periods,
  });
  return csvResponse(body.toString("utf8"), `template-${q.data.layout}.csv`, { "Cache-Control": "no-store" });
});
