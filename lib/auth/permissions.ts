// The only place that decides access. Pure: takes the signed-in user (or null) and answers.
import { ROLE_PERMISSIONS, type Permission, type Role } from "./roles";

/** credentialVersion: the user's session_version the session or token was checked against. */
export type Actor = { id: number; username: string; displayName: string; roles: Role[]; credentialVersion?: number };

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((r) => ROLE_PERMISSIONS[r]));
}

export function can(actor: Actor | null, permission: Permission): boolean {
  return !!actor && permissionsOf(actor.roles).has(permission);
}

export const canUpload = (a: Actor | null) => can(a, "batch:upload");
export const canManageUsers = (a: Actor | null) => can(a, "user:manage");
export const canViewAudit = (a: Actor | null) => can(a, "audit:view");
export const canViewDashboard = (a: Actor | null) => can(a, "dashboard:view");
export const canManageCatalogue = (a: Actor | null) => can(a, "catalogue:manage");
export const canManageReleases = (a: Actor | null) => can(a, "release:manage");

/** A batch can be read by its uploader and by anyone who reads all batches. */
export function canReadBatch(a: Actor | null, batch: { uploaderId: number | null }): boolean {
  return !!a && (can(a, "batch:read-all") || (can(a, "batch:upload") && batch.uploaderId === a.id));
}

/** Four eyes: a reviewer never approves or rejects a batch they uploaded. */
export function canReviewBatch(a: Actor | null, batch: { uploaderId: number | null }): boolean {
  return can(a, "batch:review") && batch.uploaderId !== a!.id;
}

/** The uploader submits and withdraws their own batches; admins may withdraw any. */
export function canSubmitBatch(a: Actor | null, batch: { uploaderId: number | null }): boolean {
  return can(a, "batch:upload") && batch.uploaderId === a!.id;
}

export function canWithdrawBatch(a: Actor | null, batch: { uploaderId: number | null }): boolean {
  return canSubmitBatch(a, batch) || can(a, "release:manage");
}
