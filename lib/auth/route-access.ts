// Who may reach each route, as data. The e2e route walk (e2e/route-access.spec.ts) reads the
// build's own route manifest and fails for any route missing here, then requests every
// staff route as anonymous, as each single role and as admin and checks the answer.
// Pages and handlers enforce access themselves; this table only states what they must do.
import type { Permission } from "./roles";

/** "public": anyone; "signed-in": any staff user; a permission, or a list (any one of them). */
export type Access = "public" | "signed-in" | Permission | Permission[];

export type RouteRule = {
  access: Access;
  methods?: string[];
  /** a method whose access differs from `access` (e.g. GET a list vs POST an upload) */
  byMethod?: Record<string, Access>;
  sample?: Record<string, string>;
  /** the status every request gets, where it is not a success (a catch-all that answers 404) */
  status?: number;
};

/** Pages, keyed by their path without the [locale] segment. */
export const PAGE_ACCESS: Record<string, RouteRule> = {
  "/": { access: "public" },
  "/login": { access: "public" },
  "/staff": { access: "signed-in" },
  "/profile": { access: "signed-in" },
  "/admin/users": { access: "user:manage" },
  "/uploads": { access: ["batch:upload", "batch:read-all"] },
  "/uploads/new": { access: "batch:upload" },
  "/uploads/[id]": { access: ["batch:upload", "batch:read-all"] },
  "/admin/audit": { access: "audit:view" },
  "/admin/catalogue": { access: "catalogue:manage" },
  "/admin/catalogue/new": { access: "catalogue:manage" },
  "/admin/catalogue/import": { access: "catalogue:manage" },
  "/admin/catalogue/[code]": { access: "catalogue:manage", sample: { code: "DE001" } },
  "/admin/departments": { access: "catalogue:manage" },
  "/schedule": { access: "schedule:view" },
  "/returns/[period]": { access: "batch:upload", sample: { period: "2025Q3" } },
  "/admin/releases": { access: "release:manage" },
  "/review": { access: "batch:review" },
  "/review/[id]": { access: "batch:review" },
  "/releases": { access: "public" },
  "/api-docs": { access: "public" },
  "/dashboard": { access: "dashboard:view" },
  "/admin/targets": { access: "target:manage" },
  "/admin/settings": { access: "settings:manage" },
  "/admin/disclosure": { access: "catalogue:manage" },
  "/admin/rules": { access: "catalogue:manage" },
  "/reports": { access: "public" },
  "/reports/[period]": { access: "public", sample: { period: "2025Q3" } },
  "/indicators": { access: "public" },
  "/indicators/[code]": { access: "public", sample: { code: "DE001" } },
  "/industries": { access: "public" },
  "/industries/[code]": { access: "public", sample: { code: "01" } },
  "/regions": { access: "public" },
  "/regions/[code]": { access: "public", sample: { code: "210102" } },
  "/embed/[code]": { access: "public", sample: { code: "DE001" } },
  "/[...rest]": { access: "public", sample: { rest: "no-such-page" }, status: 404 },
};

/** Route handlers. */
export const API_ACCESS: Record<string, RouteRule> = {
  "/api/health": { access: "public" },
  "/api/[...rest]": { access: "public", methods: ["GET", "POST", "PUT", "PATCH", "DELETE"], sample: { rest: "v1/no-such-endpoint" }, status: 404 },
  "/icon.svg": { access: "public" },
  "/robots.txt": { access: "public" },
  "/api/v1/auth/token": { access: "public", methods: ["POST"] },
  "/api/v1/auth/session": { access: "public", methods: ["POST", "DELETE"] },
  "/api/v1/me": { access: "signed-in" },
  "/api/v1/audit": { access: "audit:view" },
  "/api/v1/batches": { access: "signed-in", methods: ["GET", "POST"], byMethod: { POST: "batch:upload" } },
  "/api/v1/batches/[id]": { access: "signed-in" },
  "/api/v1/batches/[id]/report.csv": { access: "signed-in" },
  "/api/v1/batches/[id]/submit": { access: "batch:upload", methods: ["POST"] },
  "/api/v1/batches/[id]/approve": { access: "batch:review", methods: ["POST"] },
  "/api/v1/batches/[id]/reject": { access: "batch:review", methods: ["POST"] },
  "/api/v1/batches/[id]/withdraw": { access: ["batch:upload", "release:manage"], methods: ["POST"] },
  "/api/v1/batches/error-report": { access: "batch:upload", methods: ["POST"] },
  "/api/v1/templates": { access: "batch:upload" },
  "/api/v1/catalogue/export": { access: "catalogue:manage" },
  "/api/v1/schedule": { access: "schedule:view" },
  "/feeds/releases": { access: "public" },
  "/api/v1/indicators": { access: "public" },
  "/api/v1/indicators/[code]": { access: "public", sample: { code: "DE001" } },
  "/api/v1/observations": { access: "public" },
  "/api/v1/releases": { access: "public" },
  "/api/openapi.json": { access: "public" },
  "/sdmx/v2/structure/[...path]": { access: "public", sample: { path: "dataflow" } },
  "/sdmx/v2/data/[...path]": { access: "public", sample: { path: "dataflow/SYTJJ/DF_DE/1.0.0/Q.DE001.210100.LEVEL" } },
  "/api/v1/dashboard/export": { access: "dashboard:view" },
  "/reports/[file]": { access: "public", sample: { file: "2025Q3.pdf" } },
  "/feeds/indicators/[code]": { access: "public", sample: { code: "DE001" } },
  "/charts/[code]": { access: "public", sample: { code: "DE001" } },
  "/sitemap.xml": { access: "public" },
  "/sitemap/[page]": { access: "public", sample: { page: "0.xml" } },
};
