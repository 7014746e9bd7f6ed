import { getTranslations, setRequestLocale } from "next-intl/server";
import { findBulletinPeriods } from "@/lib/bulletin/available-bulletins";
import { periodText } from "@/lib/dashboard/format";
import { Link } from "@/lib/i18n/server-link";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "bulletin" });
  return { title: t("indexTitle") };
}

/** The bulletins published so far, newest first, each with its PDF. */
export default async function BulletinIndexPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("bulletin");
  const periods = await findBulletinPeriods();
  return (
    <>
      <h1>{t("indexTitle")}</h1>
      <p>{t("indexIntro")}</p>
      {periods.length === 0 ? <p>{t("none")}</p> : null}
      <ul className="bulletin-index" data-testid="bulletin-index">
        {periods.map((p) => (
          <li key={p}>
            <Link href={`/reports/${p}`}>{t("title", { period: periodText(p, locale, "CUMULATIVE") })}</Link>
            {" · "}
            <a href={`/reports/${p}${locale === "en" ? ".en" : ""}.pdf`}>PDF</a>
          </li>
        ))}
      </ul>
    </>
  );
}
