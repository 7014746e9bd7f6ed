import "server-only";
import { db } from "@/lib/db";

/** Batches awaiting review, oldest first (the reviewer's queue). */
export function findSubmittedBatches() {
  return db().batch.findMany({
    where: { status: "SUBMITTED" },
    orderBy: { submittedAt: "asc" },
    include: { uploader: { select: { username: true, displayName: true } } },
  });
}
