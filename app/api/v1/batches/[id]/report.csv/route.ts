import { requireApi } from "@/lib/auth/api-auth";
import { canReadBatch } from "@/lib/auth/permissions";
import { getBatch } from "@/lib/batches/get-batch";
import { csvResponse } from "@/lib/export/csv";
import { apiError } from "@/lib/http/api-response";
import { errorReportCsv, type IngestReport } from "@/lib/ingest";

/** GET ?locale=zh|en: the batch's validation report as CSV (UTF-8 with BOM, opens in Excel). */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const auth = await requireApi(req);
  if (auth instanceof Response) return auth;
  const id = Number((await params).id);
  const batch = Number.isInteger(id) && id > 0 ? await getBatch(id) : null;
  if (!batch || !canReadBatch(auth.actor, batch)) return apiError(404, "not_found", "批次不存在 / No such batch");
  const locale = new URL(req.url).searchParams.get("locale") === "en" ? "en" : "zh";
  const csv = errorReportCsv((batch.report ?? { errors: [], warnings: [] }) as IngestReport, locale, { includeWarnings: true });
  return csvResponse(csv.toString("utf8"), `batch-${id}-report.csv`, { "Cache-Control": "no-store" });
}
