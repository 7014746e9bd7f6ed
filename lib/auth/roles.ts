// Who may do what: one table from roles to permissions (umami's ROLE_PERMISSIONS shape).
// Every staff page, server action and route handler asks lib/auth/permissions.ts, which
// reads only this table.

export const ROLES = ["uploader", "reviewer", "admin", "leader"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  /** upload files, stage and submit batches, withdraw one's own */
  batchUpload: "batch:upload",
  /** see every batch, not only one's own */
  batchReadAll: "batch:read-all",
  /** approve or reject submitted batches (never one's own: see canReviewBatch) */
  batchReview: "batch:review",
  /** plan and move releases on the calendar */
  releaseManage: "release:manage",
  /** the reporting schedule: what is received, due, overdue */
  scheduleView: "schedule:view",
  /** remind a department by e-mail of returns not received (催报) */
  scheduleRemind: "schedule:remind",
  /** create, edit, retire indicators; import the catalogue */
  catalogueManage: "catalogue:manage",
  /** users, roles, passwords */
  userManage: "user:manage",
  /** read and export the audit trail */
  auditView: "audit:view",
  /** the leadership dashboard */
  dashboardView: "dashboard:view",
  /** set targets */
  targetManage: "target:manage",
  /** admin settings such as pre-release access */
  settingsManage: "settings:manage",
} as const;

export type Permission = (typeof PERMISSIONS)[keyof typeof PERMISSIONS];

const P = PERMISSIONS;

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  uploader: [P.batchUpload, P.scheduleView],
  reviewer: [P.batchReadAll, P.batchReview, P.scheduleView, P.scheduleRemind],
  admin: [
    P.batchReadAll,
    P.releaseManage,
    P.scheduleView,
    P.scheduleRemind,
    P.catalogueManage,
    P.userManage,
    P.auditView,
    P.dashboardView,
    P.targetManage,
    P.settingsManage,
  ],
  leader: [P.dashboardView],
};

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  uploader: { zh: "数据上传", en: "Uploader" },
  reviewer: { zh: "审核发布", en: "Reviewer / publisher" },
  admin: { zh: "系统管理", en: "Administrator" },
  leader: { zh: "领导查看", en: "Leadership" },
};

export function isRole(s: string): s is Role {
  return (ROLES as readonly string[]).includes(s);
}
