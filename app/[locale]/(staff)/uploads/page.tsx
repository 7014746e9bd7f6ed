import { getTranslations, setRequestLocale } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/require";
import { BatchContentsLine } from "@/app/_components/uploads/batch-contents-line";
import { findBatchContents } from "@/lib/batches/batch-contents";
import { findBatches } from "@/lib/batches/find-batches";
import { pool } from "@/lib/db";
import { recordReleases } from "@/lib/workflow/record-releases";
import { formatDateTime } from "@/lib/format-date";
import { Link } from "@/lib/i18n/server-link";
import { forbidden } from "next/navigation";

export const dynamic = "force-dynamic";

export default async function BatchesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireUser("/uploads");
  if (!can(actor, "batch:upload") && !can(actor, "batch:read-all")) forbidden();
  const t = await getTranslations("uploads");
  await recordReleases().catch(() => {}); // the trail shows releases as soon as anyone looks
  const batches = await findBatches(actor);
  const contents = await findBatchContents(pool(), batches.map((b) => b.id));
  return (
    <>
      <h1>{t("listTitle")}</h1>
      {can(actor, "batch:upload") ? (
        <p>
          <Link href="/uploads/new" className="button">
            {t("newLink")}
          </Link>
        </p>
      ) : null}
      {batches.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="table-scroll" tabIndex={0}>
          <table className="data-table stack-table" data-testid="batches-table">
            <thead>
              <tr>
                <th scope="col">{t("id")}</th>
                <th scope="col">{t("fileName")}</th>
                <th scope="col">{t("contents")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col" className="num">
                  {t("rows")}
                </th>
                <th scope="col">{t("uploader")}</th>
                <th scope="col">{t("uploadedAt")}</th>
                <th scope="col">{t("release")}</th>
              </tr>
            </thead>
            <tbody>
              {batches.map((b) => (
                <tr key={b.id} data-batch-id={b.id} data-status={b.status}>
                  <td data-label={t("id")}>
                    <Link href={`/uploads/${b.id}`}>{b.id}</Link>
                  </td>
                  <td className="file-name" data-label={t("fileName")}>{b.fileName}</td>
                  <td data-label={t("contents")}>{contents.get(b.id) ? <BatchContentsLine contents={contents.get(b.id)!} compact /> : "—"}</td>
                  <td data-label={t("status")}>
                    {t(`status_${b.status}`)}
                    {b.rejectReason ? <div className="note">{t("rejectReason", { reason: b.rejectReason })}</div> : null}
                  </td>
                  <td className="num" data-label={t("rows")}>{b.rows}</td>
                  <td data-label={t("uploader")}>{b.uploader ?? "—"}</td>
                  <td data-label={t("uploadedAt")}>{formatDateTime(new Date(b.uploadedAt), locale)}</td>
                  <td data-label={t("release")}>
                    {b.releaseAt ? formatDateTime(new Date(b.releaseAt), locale) : "—"}
                    {b.releaseTitle ? <div className="note">{(locale === "en" && b.releaseTitleEn) || b.releaseTitle}</div> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
