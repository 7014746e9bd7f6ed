// The staff navigation, by permission. Hiding a link is not a check: each page checks too.
import type { Permission } from "./roles";

import { can, type Actor } from "./permissions";

/** permission: null = any staff user; a list = any one of them. */
export type StaffNavItem = { href: string; labelKey: string; permission: Permission | Permission[] | null };

export function navItemsFor(actor: Actor | null): StaffNavItem[] {
  if (!actor) return [];
  return STAFF_NAV.filter((i) => i.permission === null || [i.permission].flat().some((p) => can(actor, p)));
}

export const STAFF_NAV: StaffNavItem[] = [
  { href: "/staff", labelKey: "workspace", permission: null },
  { href: "/uploads/new", labelKey: "uploads", permission: "batch:upload" },
  { href: "/uploads", labelKey: "batches", permission: ["batch:upload", "batch:read-all"] },
  { href: "/review", labelKey: "review", permission: "batch:review" },
  { href: "/admin/releases", labelKey: "releases", permission: "release:manage" },
  { href: "/schedule", labelKey: "schedule", permission: "schedule:view" },
  { href: "/admin/catalogue", labelKey: "catalogue", permission: "catalogue:manage" },
  { href: "/admin/departments", labelKey: "departments", permission: "catalogue:manage" },
  { href: "/admin/disclosure", labelKey: "disclosure", permission: "catalogue:manage" },
  { href: "/admin/rules", labelKey: "rules", permission: "catalogue:manage" },
  { href: "/admin/users", labelKey: "users", permission: "user:manage" },
  { href: "/admin/audit", labelKey: "audit", permission: "audit:view" },
  { href: "/dashboard", labelKey: "dashboard", permission: "dashboard:view" },
  { href: "/admin/targets", labelKey: "targets", permission: "target:manage" },
  { href: "/admin/settings", labelKey: "settings", permission: "settings:manage" },
  { href: "/profile", labelKey: "profile", permission: null },
];
