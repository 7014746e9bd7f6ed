import "server-only";
// Every view that shows approved-but-unreleased values leaves an audit row: who (the audit
// context), which batches and releases, and where (dashboard page or export, period, region).
import { db } from "@/lib/db";
import { writeAudit, type AuditContext } from "@/lib/audit/write-audit";

export type PrereleaseView = {
  batchIds: number[];
  releaseIds: number[];
  via: "dashboard" | "export";
  period: string | null;
  region: string;
  chart?: string;
};

export async function logPrereleaseView(ctx: AuditContext, view: PrereleaseView): Promise<void> {
  if (!view.batchIds.length) return;
  await db().$transaction(async (tx) => {
    await writeAudit(tx, ctx, {
      action: "prerelease.viewed",
      entityType: "release",
      entityId: view.releaseIds.join(","),
      data: { ...view },
    });
  });
}
