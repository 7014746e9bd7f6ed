import { forbidden, notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DemoBadge } from "@/app/_components/demo-badge";
import { BatchCompareChart } from "@/app/_components/uploads/batch-compare-chart";
import { BatchPreview } from "@/app/_components/uploads/batch-preview";
import { BatchContentsLine } from "@/app/_components/uploads/batch-contents-line";
import { ReportTables, type ReportLike } from "@/app/_components/uploads/report-tables";
import { BatchActions } from "@/app/_components/workflow/batch-actions";
import { BatchStanding } from "@/app/_components/workflow/batch-standing";
import { can, canReadBatch, canSubmitBatch, canWithdrawBatch } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/require";
import { findBatchContents } from "@/lib/batches/batch-contents";
import { batchBody, getBatch } from "@/lib/batches/get-batch";
import { pool } from "@/lib/db";
import { formatDateTime } from "@/lib/format-date";
import { parsePathId } from "@/lib/http/path-id";
import { encodingLabel } from "@/lib/ingest/encoding-label";
import { ExplainForm } from "@/app/_components/rules/explain-form";
import { FindingsTable } from "@/app/_components/rules/findings-table";
import { findingsOf } from "@/lib/rules/findings";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function BatchPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireUser(`/uploads/${id}`);
  if (!can(actor, "batch:upload") && !can(actor, "batch:read-all")) forbidden();
  const batchId = parsePathId(id);
  const batch = batchId ? await getBatch(batchId) : null;
  if (!batch || !canReadBatch(actor, batch)) notFound();
  const t = await getTranslations("uploads");
  const body = batchBody(batch);
  const sp = await searchParams;
  const contents = (await findBatchContents(pool(), [batch.id])).get(batch.id);
  const findings = await findingsOf(pool(), batch.id);
  const canSubmit = body.status === "staged" && canSubmitBatch(actor, batch);
  const toExplain = canSubmit ? findings.filter((f) => f.severity === "SOFT") : [];
  return (
    <>
      <h1>{t("batchTitle", { id: batch.id, file: batch.fileName })}</h1>
      <BatchStanding batch={batch} canManageReleases={can(actor, "release:manage")} />
      {batch.isDemo ? <DemoBadge /> : null}
      {contents ? <BatchContentsLine contents={contents} /> : null}
      <dl className="facts" data-testid="batch-facts">
        <dt>{t("status")}</dt>
        <dd data-testid="batch-status">{t(`status_${body.status}`)}</dd>
        <dt>{t("uploader")}</dt>
        <dd>
          {batch.uploader?.displayName ?? "—"} · {formatDateTime(batch.createdAt, locale)}
        </dd>
        <dt>{t("rows")}</dt>
        <dd>{batch.rowCount}</dd>
        <dt>{t("encoding")}</dt>
        <dd>
          {encodingLabel(batch.encoding)} · {t("layout")}: {batch.layout === "long" || batch.layout === "wide" ? t(`layout_${batch.layout}`) : "—"}
        </dd>
        {batch.rejectReason ? (
          <>
            <dt>{t("status_rejected")}</dt>
            <dd>{batch.rejectReason}</dd>
          </>
        ) : null}
      </dl>
      {toExplain.length ? <ExplainForm batchId={batch.id} findings={toExplain} /> : <FindingsTable findings={findings} locale={locale} />}
      <BatchActions
        batchId={batch.id}
        canSubmit={canSubmit}
        canWithdraw={["staged", "submitted", "approved"].includes(body.status) && canWithdrawBatch(actor, batch)}
      />
      <p>
        <a href={`/api/v1/batches/${batch.id}/report.csv?locale=${locale}`} download>
          {t("downloadReport")}
        </a>
      </p>
      <ReportTables report={body as unknown as ReportLike} />
      <BatchPreview batchId={batch.id} kind={sp.kind} page={sp.page} basePath={`/uploads/${batch.id}`} keep={{ indicator: sp.indicator, region: sp.region }} />
      <BatchCompareChart batchId={batch.id} indicator={sp.indicator} region={sp.region} basePath={`/uploads/${batch.id}`} />
    </>
  );
}
