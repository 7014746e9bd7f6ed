import "server-only";
import { db } from "@/lib/db";

export function findUsers() {
  return db().user.findMany({
    orderBy: { username: "asc" },
    select: { id: true, username: true, displayName: true, roles: true, disabledAt: true, createdAt: true },
  });
}
