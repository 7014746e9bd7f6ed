// The staff navigation, by permission. Hiding a link is not a check: each page checks too.
import type { Permission } from "./roles";

export type StaffNavItem = { href: string; labelKey: string; permission: Permission | null };

export const STAFF_NAV: StaffNavItem[] = [
  { href: "/staff", labelKey: "workspace", permission: null },
  { href: "/admin/users", labelKey: "users", permission: "user:manage" },
  { href: "/admin/audit", labelKey: "audit", permission: "audit:view" },
  { href: "/profile", labelKey: "profile", permission: null },
];
