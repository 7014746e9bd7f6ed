// The JSON body of POST /api/v1/batches and GET /api/v1/batches/{id} (one shape for both).
import type { IngestReport } from "@/lib/ingest";

export type BatchState = "staged" | "submitted" | "approved" | "released" | "rejected" | "withdrawn" | "failed";
export type UploadState = BatchState | "invalid" | "dry-run" | "duplicate";

export type BatchBody = {
  id: number | null;
  status: UploadState;
  fileName: string;
  checksum: string | null;
  encoding: string | null;
  delimiter: string | null;
  layout: string | null;
  format: string | null;
  sheet: string | null;
  rows: number;
  errorCount: number;
  errors: IngestReport["errors"];
  warnings: IngestReport["warnings"];
  skipped: IngestReport["skipped"];
  duplicateOf?: number;
  /** dry run only: how the file's values compare with the published ones (a staged batch shows this on its page) */
  preview?: { new: number; changed: number; unchanged: number };
};

export function bodyFromReport(id: number | null, status: UploadState, fileName: string, r: IngestReport): BatchBody {
  return {
    id,
    status,
    fileName,
    checksum: r.checksum,
    encoding: r.encoding,
    delimiter: r.delimiter,
    layout: r.layout,
    format: r.format,
    sheet: r.sheet,
    rows: r.rows,
    errorCount: r.errorCount,
    errors: r.errors,
    warnings: r.warnings,
    skipped: r.skipped,
  };
}

/** Released is derived from the approval and the release time, never stored. */
export function batchState(status: string, releaseAt: Date | null, now = new Date()): BatchState {
  if (status === "APPROVED" && releaseAt && releaseAt <= now) return "released";
  return status.toLowerCase() as BatchState;
}
