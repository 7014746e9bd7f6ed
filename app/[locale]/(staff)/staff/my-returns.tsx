import { getLocale, getTranslations } from "next-intl/server";
import { Named, periodName } from "@/app/_components/uploads/named";
import { Link } from "@/lib/i18n/server-link";
import { formatDateTime } from "@/lib/format-date";
import type { MyReturn } from "@/lib/returns/my-returns";
import type { WorkStatus } from "@/lib/returns/work-state";

/** Each of the uploader's returns of the current and last period with its state in words. */
export async function MyReturns({ items }: { items: MyReturn[] }) {
  const t = await getTranslations("staff");
  const locale = await getLocale();
  const en = locale === "en";
  const at = (d: Date | null) => (d ? formatDateTime(d, locale) : "—");
  const detail = (w: WorkStatus): string | null => {
    switch (w.state) {
      case "saved":
        return t("workSaved", { name: w.by ?? "—", at: at(w.at) });
      case "staged":
        return t("workStaged", { name: w.by ?? "—", at: at(w.at) });
      case "submitted":
        return t("workSubmitted");
      case "rejected":
        return t("workRejected", { name: w.by ?? "—", at: at(w.at), reason: w.reason ?? "—" });
      case "approved":
        return w.releaseAt ? t("workApproved", { at: at(w.releaseAt) }) : t("workApprovedNoRelease");
      case "released":
        return t("workReleased", { at: at(w.releaseAt) });
      default:
        return null;
    }
  };
  return (
    <>
      <h3>{t("myReturnsTitle")}</h3>
      {items.length === 0 ? (
        <p className="note">{t("myReturnsNone")}</p>
      ) : (
        <ul className="work-list" data-testid="my-returns">
          {items.map((i) => {
            const d = detail(i.work);
            return (
              <li key={`${i.code}-${i.period}`} data-code={i.code} data-period={i.period} data-state={i.work.state}>
                <span className={`badge badge-work-${i.work.state}`}>{t(`work_${i.work.state}`)}</span> <Named name={en ? i.nameEn : i.nameZh} code={i.code} /> ·{" "}
                {periodName(i.period, locale)}
                {d ? <div className="note">{d}</div> : null}
                {i.work.state === "staged" ? <Link href={`/uploads/${i.work.batchId}`}>{t("workStagedLink")}</Link> : null}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
