import "server-only";
import { db } from "@/lib/db";
import type { IngestReport } from "@/lib/ingest";
import { batchState, type BatchBody } from "./batch-body";

export async function getBatch(id: number) {
  return db().batch.findUnique({
    where: { id },
    include: {
      uploader: { select: { id: true, username: true, displayName: true } },
      reviewer: { select: { username: true, displayName: true } },
      release: true,
    },
  });
}

export type BatchRecord = NonNullable<Awaited<ReturnType<typeof getBatch>>>;

/** The same body POST /api/v1/batches answered with, plus the workflow fields. */
export function batchBody(b: BatchRecord): BatchBody & Record<string, unknown> {
  const r = (b.report ?? {}) as Partial<IngestReport>;
  return {
    id: b.id,
    status: batchState(b.status, b.release?.releaseAt ?? null),
    fileName: b.fileName,
    checksum: b.checksum || null,
    encoding: b.encoding,
    delimiter: b.delimiter,
    layout: b.layout,
    format: r.format ?? null,
    sheet: r.sheet ?? null,
    rows: b.rowCount,
    errorCount: r.errorCount ?? 0,
    errors: r.errors ?? [],
    warnings: r.warnings ?? [],
    skipped: r.skipped ?? [],
    uploader: b.uploader?.username ?? null,
    uploadedAt: b.createdAt.toISOString(),
    submittedAt: b.submittedAt?.toISOString() ?? null,
    reviewer: b.reviewer?.username ?? null,
    reviewedAt: b.reviewedAt?.toISOString() ?? null,
    rejectReason: b.rejectReason,
    revisionReason: b.revisionReason,
    release: b.release ? { id: b.release.id, title: b.release.titleZh, releaseAt: b.release.releaseAt.toISOString() } : null,
  };
}
