import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DemoBadge } from "@/app/_components/demo-badge";
import { BatchCompareChart } from "@/app/_components/uploads/batch-compare-chart";
import { BatchPreview } from "@/app/_components/uploads/batch-preview";
import { ReportTables, type ReportLike } from "@/app/_components/uploads/report-tables";
import { ReviewForms } from "@/app/_components/workflow/review-forms";
import { canReviewBatch } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require";
import { batchBody, getBatch } from "@/lib/batches/get-batch";
import { previewCounts, previewRows } from "@/lib/batches/preview";
import { pool } from "@/lib/db";
import { formatDateTime } from "@/lib/format-date";
import { parsePathId } from "@/lib/http/path-id";
import { findUpcomingReleases } from "@/lib/releases/upcoming-releases";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function ReviewBatchPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission("batch:review", `/review/${id}`);
  const batchId = parsePathId(id);
  const batch = batchId ? await getBatch(batchId) : null;
  if (!batch) notFound();
  const t = await getTranslations("review");
  const tu = await getTranslations("uploads");
  const body = batchBody(batch);
  const sp = await searchParams;
  const [counts, firstChanged, releases] = await Promise.all([
    previewCounts(pool(), batch.id, { against: "approved" }), // the same rule as approveBatch: a revision needs a reason
    previewRows(pool(), batch.id, { kind: "changed", limit: 1 }),
    findUpcomingReleases(),
  ]);
  const fmt = (d: Date | null) => (d ? formatDateTime(d, locale) : "—");
  return (
    <>
      <h1>{t("title", { id: batch.id, file: batch.fileName })}</h1>
      {batch.isDemo ? <DemoBadge /> : null}
      <p data-testid="review-uploader">
        {t("uploadedBy", { name: batch.uploader?.displayName ?? "—", at: fmt(batch.createdAt), submitted: fmt(batch.submittedAt) })}
      </p>
      <ReportTables report={body as unknown as ReportLike} />
      <BatchPreview batchId={batch.id} kind={sp.kind} basePath={`/review/${batch.id}`} />
      <BatchCompareChart
        batchId={batch.id}
        indicator={sp.indicator ?? firstChanged[0]?.indicatorCode}
        region={sp.region ?? firstChanged[0]?.regionCode}
        basePath={`/review/${batch.id}`}
      />
      {batch.status !== "SUBMITTED" ? (
        <p className="note" data-testid="review-outcome">
          {tu(`status_${body.status}`)}
          {batch.release ? ` · ${fmt(batch.release.releaseAt)} ${locale === "en" && batch.release.titleEn ? batch.release.titleEn : batch.release.titleZh}` : ""}
          {batch.rejectReason ? ` · ${batch.rejectReason}` : ""}
        </p>
      ) : !canReviewBatch(actor, batch) ? (
        <p className="error" data-testid="own-batch">
          {t("ownBatch")}
        </p>
      ) : (
        <ReviewForms
          batchId={batch.id}
          revisions={counts.changed}
          releases={releases.map((r) => ({ id: r.id, label: `${fmt(r.releaseAt)} ${locale === "en" && r.titleEn ? r.titleEn : r.titleZh}` }))}
        />
      )}
    </>
  );
}
