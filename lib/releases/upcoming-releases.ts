import "server-only";
import { db } from "@/lib/db";

/** Planned releases still to come: what a reviewer can approve a batch into. */
export function findUpcomingReleases() {
  return db().release.findMany({
    where: { cancelledAt: null, releaseAt: { gt: new Date() } },
    orderBy: { releaseAt: "asc" },
    take: 100,
  });
}

/** The next releases with how many approved batches each carries (the admin's overview). */
export async function findUpcomingWithBatches(take = 6) {
  const rows = await db().release.findMany({
    where: { cancelledAt: null, releaseAt: { gt: new Date() } },
    orderBy: { releaseAt: "asc" },
    take,
    include: { batches: { where: { status: "APPROVED" }, select: { id: true } } },
  });
  return rows.map(({ batches, ...r }) => ({ ...r, batchIds: batches.map((b) => b.id) }));
}

/** Releases called off, newest first, with why (kept on the admin's calendar page). */
export function findCancelledReleases(take = 20) {
  return db().release.findMany({ where: { cancelledAt: { not: null } }, orderBy: { cancelledAt: "desc" }, take });
}
