import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { periodName } from "@/app/_components/uploads/named";
import { requirePermission } from "@/lib/auth/require";
import { pool } from "@/lib/db";
import { formatDateTime } from "@/lib/format-date";
import { Link } from "@/lib/i18n/server-link";
import { loadReturn, returnPeriod } from "@/lib/returns/load-return";
import { ReturnGrid } from "./return-grid";
import "./returns.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; period: string }> };

/** The online return (在线填报) of one period: what the uploader's department owes for it. */
export default async function ReturnPage({ params }: Props) {
  const { locale, period: raw } = await params;
  setRequestLocale(locale);
  const period = returnPeriod(decodeURIComponent(raw));
  if (!period) notFound();
  const actor = await requirePermission("batch:upload", `/returns/${period}`);
  const t = await getTranslations("returns");
  const lang = locale === "en" ? "en" : "zh";
  const data = await loadReturn(pool(), actor, period, lang);
  return (
    <>
      <h1>{t("title", { period: periodName(period, locale) })}</h1>
      {!data ? (
        <p data-testid="return-nothing-due">
          {t("nothingDue")} <Link href="/staff">{t("backHome")}</Link>
        </p>
      ) : (
        <>
          <p className="note">{t("intro")}</p>
          {data.draftSavedBy ? (
            <p className="note" data-testid="return-saved-by">
              {t("savedBy", { name: data.draftSavedBy.name ?? "—", at: formatDateTime(new Date(data.draftSavedBy.at), locale) })}
            </p>
          ) : null}
          <ReturnGrid data={data} />
        </>
      )}
    </>
  );
}
