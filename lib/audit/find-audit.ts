import { ZDbId } from "@/lib/http/path-id";
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// a NUL cannot reach PostgreSQL text: such a filter is ignored like any other unusable one
const noNul = /^[^\u0000]*$/;
export const ZAuditFilter = z.object({
  user: z.string().trim().max(100).regex(noNul).optional().catch(undefined),
  action: z.string().trim().max(60).regex(noNul).optional().catch(undefined),
  batch: ZDbId.optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
});
export type TAuditFilter = z.infer<typeof ZAuditFilter>;

/** Days are Asia/Shanghai days: "to 2025-10-28" includes all of that day there. */
function shanghaiDay(date: string, endOfDay: boolean): Date {
  return new Date(`${date}T${endOfDay ? "23:59:59.999" : "00:00:00.000"}+08:00`);
}

export function auditWhere(f: TAuditFilter): Prisma.AuditEventWhereInput {
  const where: Prisma.AuditEventWhereInput = {};
  if (f.user) where.actorName = f.user.toLowerCase();
  if (f.action) where.action = { startsWith: f.action };
  // the batch's own events, and those about it on other entities (release.planned carries forBatch)
  if (f.batch) where.OR = [{ entityType: "batch", entityId: String(f.batch) }, { data: { path: ["forBatch"], equals: f.batch } }];
  if (f.from || f.to) where.at = { gte: f.from ? shanghaiDay(f.from, false) : undefined, lte: f.to ? shanghaiDay(f.to, true) : undefined };
  return where;
}

export function findAuditEvents(f: TAuditFilter, take = 200) {
  return db().auditEvent.findMany({ where: auditWhere(f), orderBy: { id: "desc" }, take });
}
