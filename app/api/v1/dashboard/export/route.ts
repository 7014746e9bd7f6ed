import { getTranslations } from "next-intl/server";
import { requireApi } from "@/lib/auth/api-auth";
import { auditContext } from "@/lib/auth/request-context";
import { CHART_IDS, chartTable, isChartId } from "@/lib/dashboard/chart-tables";
import { chartXlsx } from "@/lib/dashboard/export-xlsx";
import { readFilters } from "@/lib/dashboard/filters";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { xlsxResponse } from "@/lib/export/xlsx";
import { apiError } from "@/lib/http/api-response";

/** GET ?chart=<id>&period=&region=&rank=&locale=: one dashboard chart's data as XLSX (leader, admin). */
export async function GET(req: Request) {
  const auth = await requireApi(req, "dashboard:view");
  if (auth instanceof Response) return auth;
  const params = new URL(req.url).searchParams;
  const chart = params.get("chart");
  if (!isChartId(chart)) return apiError(400, "invalid_chart", `参数 chart 无效：可用 ${CHART_IDS.join("、")} / Parameter chart is invalid: one of ${CHART_IDS.join(", ")}`, { parameter: "chart" });
  const locale = params.get("locale") === "en" ? "en" : "zh";
  const { dashboard } = await getDashboard(readFilters(Object.fromEntries(params)), { ctx: await auditContext(auth.actor, req.headers), via: "export", chart });
  if (!dashboard) return apiError(404, "no_data", "暂无数据 / No data");
  const t = await getTranslations({ locale, namespace: "dashboard" });
  const table = chartTable(dashboard, chart, t, locale);
  const body = await chartXlsx(dashboard, table, t, locale);
  return xlsxResponse(body, `dashboard-${chart}-${dashboard.period}-${dashboard.region.code}.xlsx`, { "Cache-Control": "no-store" });
}
