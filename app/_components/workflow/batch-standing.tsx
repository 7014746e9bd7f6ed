import { getLocale, getTranslations } from "next-intl/server";
import { periodName } from "@/app/_components/uploads/named";
import type { BatchRecord } from "@/lib/batches/get-batch";
import { batchState } from "@/lib/batches/batch-body";
import { formatDateTime } from "@/lib/format-date";
import { Link } from "@/lib/i18n/server-link";

type Props = { batch: BatchRecord; done?: string; canManageReleases?: boolean; testId?: string };

/** "3 天 4 小时" until a moment (minutes when it is close). */
function timeLeft(ms: number, en: boolean): string {
  const min = Math.max(1, Math.round(ms / 60_000));
  const d = Math.floor(min / 1440);
  const h = Math.floor((min % 1440) / 60);
  const m = min % 60;
  if (en) return d ? `${d} d ${h} h` : h ? `${h} h ${m} min` : `${m} min`;
  return d ? `${d} 天 ${h} 小时` : h ? `${h} 小时 ${m} 分钟` : `${m} 分钟`;
}

/**
 * Where a batch stands, at the top of its page: after a decision the reader sees at once what
 * happened, and for an approved batch which release makes it public, when, and whether that
 * has happened yet.
 */
export async function BatchStanding({ batch, done, canManageReleases = false, testId = "batch-standing" }: Props) {
  const t = await getTranslations("review");
  const tu = await getTranslations("uploads");
  const locale = await getLocale();
  const en = locale === "en";
  const state = batchState(batch.status, batch.release?.releaseAt ?? null);
  if (state === "submitted" && !done) return null;
  const r = batch.release;
  const title = r ? (en && r.titleEn ? r.titleEn : r.titleZh) : "";
  const when = r ? formatDateTime(r.releaseAt, locale) : "";
  let detail: string | null = null;
  if (r && state === "approved") {
    detail = t("standingApproved", { when, left: timeLeft(r.releaseAt.getTime() - Date.now(), en), title, period: r.period ? periodName(r.period, locale) : "—" });
  } else if (r && state === "released") {
    detail = t("standingReleased", { when, title });
  } else if (state === "rejected") {
    detail = t("standingRejected", { reason: batch.rejectReason ?? "—" });
  } else if (state === "withdrawn") {
    detail = t("standingWithdrawn");
  } else if (state === "staged") {
    detail = t("standingStaged");
  }
  const happened = done === "approved" || done === "rejected" ? t(`done_${done}`) : null;
  return (
    <section className={`standing standing-${state}`} role="status" data-testid={testId} data-state={state}>
      {happened ? <p className="standing-done">{happened}</p> : null}
      <p>
        <strong>{tu(`status_${state}`)}</strong>
        {detail ? ` · ${detail}` : ""}
      </p>
      {r && (state === "approved" || state === "released") ? (
        <p className="standing-links">
          <Link href="/releases">{t("seeCalendar")}</Link>
          {canManageReleases ? (
            <>
              {" · "}
              <Link href="/admin/releases">{t("manageReleases")}</Link>
            </>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}
