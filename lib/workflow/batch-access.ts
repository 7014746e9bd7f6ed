import { can, canReadBatch, type Actor } from "@/lib/auth/permissions";
import type { Permission } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { batchNotFound, type LockedBatch } from "./lock-batch";

// Who may act on a batch, checked in this order so that each answer tells nothing it should not:
// 1. a role without the permission is "not permitted", whatever the id (no lookup at all);
// 2. a batch the actor may not even read answers exactly as a missing id does (404), so ids of
//    other people's batches cannot be probed;
// 3. only then the rule of the transition itself (own batch, four eyes), with its own message.

type What = { zh: string; en: string };

export function notPermitted(what: What): AppError {
  return new AppError("FORBIDDEN", `无权限：${what.zh}`, `Not permitted: ${what.en}`);
}

/** 1's answer: a role that may not do this at all (a form posting it answers 403, as the page does). */
export class RoleMissingError extends AppError {}

/** 1: the actor holds one of the permissions, or "not permitted". */
export function assertRole(actor: Actor, permissions: Permission[], what: What): void {
  if (permissions.some((p) => can(actor, p))) return;
  const e = notPermitted(what);
  throw new RoleMissingError(e.code, e.zh, e.en);
}

/** 2: the batch is one the actor may read, or the same NOT_FOUND as a missing id. */
export function assertVisible(actor: Actor, b: LockedBatch): void {
  if (!canReadBatch(actor, { uploaderId: b.uploader_id })) throw batchNotFound(b.id);
}
