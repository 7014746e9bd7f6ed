import "server-only";
import { db } from "@/lib/db";
import { can, type Actor } from "@/lib/auth/permissions";
import { batchState } from "./batch-body";

/** The batch list: one's own uploads, or every batch for those who read all batches. */
export async function findBatches(actor: Actor, take = 200) {
  const rows = await db().batch.findMany({
    where: { isDemo: false, ...(can(actor, "batch:read-all") ? {} : { uploaderId: actor.id }) },
    orderBy: { id: "desc" },
    take,
    include: { uploader: { select: { username: true, displayName: true } }, reviewer: { select: { username: true } }, release: true },
  });
  return rows.map((b) => ({
    id: b.id,
    fileName: b.fileName,
    status: batchState(b.status, b.release?.releaseAt ?? null),
    rows: b.rowCount,
    uploader: b.uploader?.username ?? null,
    uploadedAt: b.createdAt.toISOString(),
    submittedAt: b.submittedAt?.toISOString() ?? null,
    reviewer: b.reviewer?.username ?? null,
    reviewedAt: b.reviewedAt?.toISOString() ?? null,
    rejectReason: b.rejectReason,
    releaseAt: b.release?.releaseAt.toISOString() ?? null,
    releaseTitle: b.release?.titleZh ?? null,
    releaseTitleEn: b.release?.titleEn ?? null,
  }));
}
