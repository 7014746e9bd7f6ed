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
