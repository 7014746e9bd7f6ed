import { requireApi } from "@/lib/auth/api-auth";
import { canReadBatch } from "@/lib/auth/permissions";
import { getBatch } from "@/lib/batches/get-batch";
import { csvResponse } from "@/lib/export/csv";
import { parsePathId } from "@/lib/http/path-id";
import { apiError } from "@/lib/http/api-response";
import { errorReportCsv, type IngestReport } from "@/lib/ingest";
import { withDbErrors } from "@/lib/http/db-unavailable";

/** GET ?locale=zh|en: the batch's validation report as CSV (UTF-8 with BOM, opens in Excel). */
export const GET = withDbErrors(async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const auth = await requireApi(req);
  if (auth instanceof Response) return auth;
  const id = parsePathId((await params).id);
  const batch = id ? await getBatch(id) : null;
  if (!batch || !canReadBatch(auth.actor, batch)) return apiError(404, "not_found", "批次不存在 / No such batch");
  const locale = new URL(req.url).searchParams.get("locale") === "en" ? "en" : "zh";
  const csv = errorReportCsv((batch.report ?? { errors: [], warnings: [] }) as IngestReport, locale, { includeWarnings: true });
  return csvResponse(csv.toString("utf8"), `batch-${id}-report.csv`, { "Cache-Control": "no-store" });
});
