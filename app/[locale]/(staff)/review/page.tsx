import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/require";
import { formatDateTime } from "@/lib/format-date";
import { BatchContentsLine } from "@/app/_components/uploads/batch-contents-line";
import { findBatchContents } from "@/lib/batches/batch-contents";
import { pool } from "@/lib/db";
import { Link } from "@/lib/i18n/server-link";
import { findSubmittedBatches } from "@/lib/workflow/find-submitted";

export const dynamic = "force-dynamic";

export default async function ReviewQueuePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission("batch:review", "/review");
  const t = await getTranslations("review");
  const tu = await getTranslations("uploads");
  const batches = await findSubmittedBatches();
  const contents = await findBatchContents(pool(), batches.map((b) => b.id));
  return (
    <>
      <h1>{t("listTitle")}</h1>
      {batches.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="table-scroll" tabIndex={0}>
        <table className="data-table stack-table" data-testid="review-queue">
          <thead>
            <tr>
              <th scope="col">{tu("id")}</th>
              <th scope="col">{tu("fileName")}</th>
              <th scope="col">{tu("contents")}</th>
              <th scope="col" className="num">{tu("rows")}</th>
              <th scope="col">{tu("uploader")}</th>
              <th scope="col">{t("submittedAt")}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {batches.map((b) => (
              <tr key={b.id} data-batch-id={b.id}>
                <td data-label={tu("id")}>{b.id}</td>
                <td className="file-name" data-label={tu("fileName")}>{b.fileName}</td>
                <td data-label={tu("contents")}>{contents.get(b.id) ? <BatchContentsLine contents={contents.get(b.id)!} compact /> : "—"}</td>
                <td className="num" data-label={tu("rows")}>{b.rowCount}</td>
                <td data-label={tu("uploader")}>{b.uploader?.displayName ?? "—"}</td>
                <td data-label={t("submittedAt")}>{b.submittedAt ? formatDateTime(b.submittedAt, locale) : "—"}</td>
                <td>
                  <Link href={`/review/${b.id}`}>{t("open")}</Link>
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
