import { z } from "zod";
import { requireApi } from "@/lib/auth/api-auth";
import { csvResponse } from "@/lib/export/csv";
import { readJson } from "@/lib/http/read-json";
import { errorReportCsv, type IngestReport } from "@/lib/ingest";
import { withDbErrors } from "@/lib/http/db-unavailable";

const ZIssue = z.object({ line: z.number().int().min(0).optional(), column: z.string().max(200).nullable().optional(), cell: z.string().max(300).optional(), code: z.string().max(60), message: z.string().max(2000) });
const ZBody = z.object({
  locale: z.enum(["zh", "en"]).default("zh"),
  errors: z.array(ZIssue).max(2000),
  warnings: z.array(ZIssue).max(2000).default([]),
});

/**
 * POST {errors, warnings}: the report of an upload that was not staged (nothing was kept,
 * so there is no batch to read it from) as CSV, for the uploader to fix the file in Excel.
 */
export const POST = withDbErrors(async (req: Request) => {
  const auth = await requireApi(req, "batch:upload");
  if (auth instanceof Response) return auth;
  const body = await readJson(req, ZBody, 4 * 1024 * 1024);
  if (body instanceof Response) return body;
  const report = {
    errors: body.errors.map((e) => ({ line: e.line ?? 0, column: e.column ?? null, cell: e.cell, code: e.code, message: e.message })),
    warnings: body.warnings.map((w) => ({ line: w.line, code: w.code, message: w.message })),
  } as unknown as IngestReport;
  const csv = errorReportCsv(report, body.locale, { includeWarnings: true });
  return csvResponse(csv.toString("utf8"), "upload-report.csv", { "Cache-Control": "no-store" });
});
