import { requireApi } from "@/lib/auth/api-auth";
import { findAuditEvents, ZAuditFilter } from "@/lib/audit/find-audit";
import { csvResponse, toCsv } from "@/lib/export/csv";
import { apiJson } from "@/lib/http/api-response";
import { withDbErrors } from "@/lib/http/db-unavailable";
import { recordReleases } from "@/lib/workflow/record-releases";

/** At most this many events per export, the newest first; more are flagged as truncated. */
const MAX_ROWS = 10_000;

/**
 * GET ?user&action&batch&from&to&format=csv|json: the audit trail, for admins.
 * Releases that have come due are recorded first, so that no batch.released event is missing.
 * An export cut at MAX_ROWS says so: header X-Truncated: true, and in JSON `truncated: true`.
 */
export const GET = withDbErrors(async (req: Request) => {
  const auth = await requireApi(req, "audit:view");
  if (auth instanceof Response) return auth;
  const params = Object.fromEntries(new URL(req.url).searchParams);
  // not swallowed as the page does: an export must not silently lack due releases
  await recordReleases();
  const found = await findAuditEvents(ZAuditFilter.parse(params), MAX_ROWS + 1);
  const truncated = found.length > MAX_ROWS;
  const events = truncated ? found.slice(0, MAX_ROWS) : found;
  const headers: Record<string, string> = truncated ? { "X-Truncated": "true" } : {};
  const rows = events.map((e) => ({
    id: String(e.id),
    at: e.at.toISOString(),
    actor: e.actorName,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    ip: e.ip,
    data: e.data === null ? null : JSON.stringify(e.data),
  }));
  if (params.format === "csv") {
    const csv = toCsv(rows, [
      { header: "id", value: (r) => r.id, numeric: true },
      { header: "at", value: (r) => r.at },
      { header: "actor", value: (r) => r.actor },
      { header: "action", value: (r) => r.action },
      { header: "entity_type", value: (r) => r.entityType },
      { header: "entity_id", value: (r) => r.entityId },
      { header: "ip", value: (r) => r.ip },
      { header: "data", value: (r) => r.data },
    ]);
    return csvResponse(csv, "audit.csv", { "Cache-Control": "no-store", ...headers });
  }
  return apiJson({ events: rows, truncated }, 200, headers);
});
