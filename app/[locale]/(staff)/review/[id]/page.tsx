import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DemoBadge } from "@/app/_components/demo-badge";
import { BatchCompareChart, preloadCompareChart } from "@/app/_components/uploads/batch-compare-chart";
import { BatchContentsLine } from "@/app/_components/uploads/batch-contents-line";
import { BatchPreview, batchRevisions, firstChangedRow, preloadBatchPreview } from "@/app/_components/uploads/batch-preview";
import { periodName } from "@/app/_components/uploads/named";
import { ReportTables, type ReportLike } from "@/app/_components/uploads/report-tables";
import { BatchStanding } from "@/app/_components/workflow/batch-standing";
import { ReviewForms } from "@/app/_components/workflow/review-forms";
import { DisclosureReviewSection } from "@/app/_components/workflow/disclosure-review";
import { reviewDisclosure } from "@/lib/disclosure/review";
import { can, canReviewBatch } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/require";
import { findBatchContents } from "@/lib/batches/batch-contents";
import { checkBatchOutliers } from "@/lib/batches/batch-outliers";
import { seriesAtLine } from "@/lib/batches/compare-series";
import { batchBody, getBatch } from "@/lib/batches/get-batch";
import { pool } from "@/lib/db";
import { formatDateTime } from "@/lib/format-date";
import { parsePathId } from "@/lib/http/path-id";
import { suggestRelease } from "@/lib/releases/suggest-release";
import { FindingsTable } from "@/app/_components/rules/findings-table";
import { findingsOf } from "@/lib/rules/findings";
import { findUpcomingReleases } from "@/lib/releases/upcoming-releases";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | undefined>> };

const OUTLIER = /^VALUE_OUTLIER/;

export default async function ReviewBatchPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission("batch:review", `/review/${id}`);
  const batchId = parsePathId(id);
  const batch = batchId ? await getBatch(batchId) : null;
  if (!batch) notFound();
  const t = await getTranslations("review");
  const body = batchBody(batch);
  const sp = await searchParams;
  const deciding = batch.status === "SUBMITTED" && canReviewBatch(actor, batch);
  const lang = locale === "en" ? "en" : "zh";
  preloadBatchPreview(batch.id, sp.kind, sp.page); // beside the checks below, not after them
  preloadCompareChart(batch.id);
  const [revisions, firstChanged, releases, contents, suggestion, checked, disclosure, findings] = await Promise.all([
    batchRevisions(batch.id, sp.kind, sp.page), // the same rule as approveBatch: a revision needs a reason
    firstChangedRow(batch.id, sp.kind, sp.page),
    deciding ? findUpcomingReleases() : [],
    findBatchContents(pool(), [batch.id]),
    deciding ? suggestRelease(pool(), [batch.id]) : null,
    deciding ? checkBatchOutliers(pool(), batch.id, lang) : [],
    reviewDisclosure(batch.id, deciding), // re-checked as approval would: the state may have changed
    findingsOf(pool(), batch.id),
  ]);
  const fmt = (d: Date | null) => (d ? formatDateTime(d, locale) : "—");
  const outliers = checked.filter((w) => OUTLIER.test(w.code));
  const c = contents.get(batch.id);
  // the chart opens on what needs looking at: the first flagged value, else the first change
  const flagged = outliers[0]?.line ? await seriesAtLine(pool(), batch.id, outliers[0].line) : null;
  return (
    <>
      <h1>{t("title", { id: batch.id, file: batch.fileName })}</h1>
      <BatchStanding batch={batch} done={sp.done} canManageReleases={can(actor, "release:manage")} testId="review-outcome" />
      {batch.isDemo ? <DemoBadge /> : null}
      <p data-testid="review-uploader">
        {t("uploadedBy", { name: batch.uploader?.displayName ?? "—", at: fmt(batch.createdAt), submitted: fmt(batch.submittedAt) })}
      </p>
      {c ? <BatchContentsLine contents={c} /> : null}
      {outliers.length ? (
        <p className="attention" data-testid="review-outliers-summary">
          <a href="#approve-outliers">{t("outliersTitle", { n: outliers.length })}</a>
        </p>
      ) : null}
      {/* the reporter's explanations beside the values the rules questioned: accept (approve) or return (reject) */}
      <FindingsTable findings={findings} locale={locale} />
      <ReportTables report={body as unknown as ReportLike} />
      <DisclosureReviewSection review={disclosure} locale={locale} batchId={batch.id} deciding={deciding} />
      <BatchPreview batchId={batch.id} kind={sp.kind} page={sp.page} basePath={`/review/${batch.id}`} keep={{ indicator: sp.indicator, region: sp.region }} />
      <BatchCompareChart
        batchId={batch.id}
        indicator={sp.indicator ?? flagged?.indicator ?? firstChanged?.indicatorCode}
        region={sp.region ?? flagged?.region ?? firstChanged?.regionCode}
        basePath={`/review/${batch.id}`}
      />
      {batch.status === "SUBMITTED" && !deciding ? (
        <p className="error" data-testid="own-batch">
          {t("ownBatch")}
        </p>
      ) : null}
      {deciding ? (
        <div id="approve-outliers">
          <ReviewForms
            batchId={batch.id}
            revisions={revisions}
            releases={releases.map((r) => ({ id: r.id, label: `${fmt(r.releaseAt)} ${locale === "en" && r.titleEn ? r.titleEn : r.titleZh}` }))}
            choices={(suggestion?.choices ?? []).map((ch) => ({ ...ch, label: periodName(ch.period, locale) }))}
            outliers={outliers}
          />
        </div>
      ) : null}
    </>
  );
}
