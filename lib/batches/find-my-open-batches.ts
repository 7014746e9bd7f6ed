import "server-only";
import { db } from "@/lib/db";

/** A returned batch stays on the uploader's list this long (it is fixed by uploading anew). */
const RETURNED_DAYS = 30;

/** An uploader's batches that wait on them: returned by a reviewer lately, or staged and not yet submitted. */
export function findMyOpenBatches(uploaderId: number, take = 10, now = new Date()) {
  const since = new Date(now.getTime() - RETURNED_DAYS * 86400_000);
  return db().batch.findMany({
    where: { uploaderId, isDemo: false, OR: [{ status: "STAGED" }, { status: "REJECTED", reviewedAt: { gte: since } }] },
    orderBy: [{ status: "asc" }, { id: "desc" }],
    take,
    select: { id: true, fileName: true, status: true, rejectReason: true, createdAt: true, reviewedAt: true, reviewer: { select: { displayName: true } } },
  });
}
