import { getLocale, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import { findMyOpenBatches } from "@/lib/batches/find-my-open-batches";
import { pool } from "@/lib/db";
import { formatDateTime } from "@/lib/format-date";
import { Link } from "@/lib/i18n/server-link";
import type { Clock } from "@/lib/schedule/clock";
import { findMyReturnStates } from "@/lib/returns/my-returns";
import { byUrgency, OPEN_STATUSES } from "@/lib/schedule/returns-due";
import { MyReturns } from "./my-returns";
import { ReturnsList } from "./returns-list";

const SHOWN = 8;

/** The uploader's work: returns due from the reporting schedule, and batches waiting on them. */
export async function UploaderWork({ actor, clock }: { actor: Actor; clock: Clock }) {
  const t = await getTranslations("staff");
  const locale = await getLocale();
  const [mine, open] = await Promise.all([findMyReturnStates(pool(), clock, actor.id), findMyOpenBatches(actor.id)]);
  // The returns due are the open ones of the same list (one department rule, one query).
  const due = mine.filter((i) => OPEN_STATUSES.has(i.status)).sort(byUrgency);
  const urgent = due.filter((i) => i.status !== "notDue");
  const shown = (urgent.length ? urgent : due).slice(0, SHOWN);
  const returned = open.filter((b) => b.status === "REJECTED");
  const staged = open.filter((b) => b.status === "STAGED");
  return (
    <section className="work" aria-labelledby="work-upload">
      <h2 id="work-upload">{t("returnsTitle")}</h2>
      <p>
        {urgent.length ? t("returnsSummary", { overdue: due.filter((i) => i.status === "overdue").length, soon: due.filter((i) => i.status === "dueSoon").length }) : t("returnsNoneUrgent")}{" "}
        <Link href="/uploads/new" className="button">
          {t("uploadNow")}
        </Link>
      </p>
      {shown.length ? <ReturnsList items={shown} testId="returns-due" withTemplate /> : null}
      {due.length > shown.length ? (
        <p>
          <Link href="/schedule">{t("allReturns", { n: due.length })}</Link>
        </p>
      ) : null}
      <MyReturns items={mine} />
      <h3>{t("returnedTitle")}</h3>
      {returned.length === 0 ? (
        <p className="note">{t("returnedNone")}</p>
      ) : (
        <ul className="work-list" data-testid="returned-batches">
          {returned.map((b) => (
            <li key={b.id} data-batch-id={b.id}>
              <Link href={`/uploads/${b.id}`}>{t("batchLine", { id: b.id, file: b.fileName })}</Link>
              <div className="note">
                {t("returnedBy", { name: b.reviewer?.displayName ?? "—", at: b.reviewedAt ? formatDateTime(b.reviewedAt, locale) : "—" })}：{b.rejectReason}
              </div>
            </li>
          ))}
        </ul>
      )}
      {staged.length ? (
        <>
          <h3>{t("stagedTitle")}</h3>
          <ul className="work-list" data-testid="staged-batches">
            {staged.map((b) => (
              <li key={b.id} data-batch-id={b.id}>
                <Link href={`/uploads/${b.id}`}>{t("batchLine", { id: b.id, file: b.fileName })}</Link>
                <span className="note"> · {formatDateTime(b.createdAt, locale)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
