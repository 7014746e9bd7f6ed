import { getLocale, getTranslations } from "next-intl/server";
import { BatchContentsLine } from "@/app/_components/uploads/batch-contents-line";
import { findBatchContents } from "@/lib/batches/batch-contents";
import { pool } from "@/lib/db";
import { formatDateTime } from "@/lib/format-date";
import { Link } from "@/lib/i18n/server-link";
import { findSubmittedBatches } from "@/lib/workflow/find-submitted";

const SHOWN = 10;

/** The reviewer's queue, oldest first, each batch named by what it holds. */
export async function ReviewerWork() {
  const t = await getTranslations("staff");
  const locale = await getLocale();
  const queue = await findSubmittedBatches();
  const contents = await findBatchContents(pool(), queue.slice(0, SHOWN).map((b) => b.id));
  return (
    <section className="work" aria-labelledby="work-review">
      <h2 id="work-review">{t("queueTitle", { n: queue.length })}</h2>
      {queue.length === 0 ? (
        <p>{t("queueNone")}</p>
      ) : (
        <ul className="work-list" data-testid="home-review-queue">
          {queue.slice(0, SHOWN).map((b) => (
            <li key={b.id} data-batch-id={b.id}>
              <Link href={`/review/${b.id}`}>{t("reviewBatch", { id: b.id, file: b.fileName })}</Link>
              <div className="note">
                {contents.get(b.id) ? (
                  <>
                    <BatchContentsLine contents={contents.get(b.id)!} compact />
                    {" · "}
                  </>
                ) : null}
                {t("submittedBy", { name: b.uploader?.displayName ?? "—", at: b.submittedAt ? formatDateTime(b.submittedAt, locale) : "—" })}
              </div>
            </li>
          ))}
        </ul>
      )}
      {queue.length > SHOWN ? (
        <p>
          <Link href="/review">{t("queueAll", { n: queue.length })}</Link>
        </p>
      ) : null}
    </section>
  );
}
