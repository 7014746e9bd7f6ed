import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DemoBadge } from "@/app/_components/demo-badge";
import { DataLicenseNote } from "@/app/_components/public/data-license-note";
import { loadBulletin } from "@/lib/bulletin/load-bulletin";
import { formatDate } from "@/lib/format-date";
import { Link } from "@/lib/i18n/server-link";
import { BulletinChapters } from "./bulletin-chapters";
import { BulletinCore } from "./bulletin-core";
import { BulletinDistricts } from "./bulletin-districts";
import { BulletinNotes } from "./bulletin-notes";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; period: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale, period } = await params;
  const t = await getTranslations({ locale, namespace: "bulletin" });
  return { title: t("metaTitle", { period }) };
}

/** The quarterly monitoring bulletin (Article 5), generated from released data; a 404 until the quarter is out. */
export default async function BulletinPage({ params }: Props) {
  const { locale, period } = await params;
  setRequestLocale(locale);
  const loaded = await loadBulletin(period, locale === "en" ? "en" : "zh");
  if (!loaded) notFound();
  const { bulletin: b, releasedAt } = loaded;
  const t = await getTranslations("bulletin");
  const chapters = b.sections.filter((s) => s.lines.length).length;
  return (
    <article className="bulletin" data-testid="bulletin" data-period={b.period}>
      <header className="bulletin-head">
        <p className="bulletin-issuer">{t("issuer")}</p>
        <h1>{t("title", { period: b.periodLabel })}</h1>
        <p className="bulletin-date">{t("dataAsOf", { date: formatDate(releasedAt, locale) })}</p>
        {b.isDemo ? <DemoBadge note /> : null}
        <p className="no-print bulletin-links">
          <a href={`/reports/${b.period}${locale === "en" ? ".en" : ""}.pdf`} data-testid="bulletin-pdf">{t("downloadPdf")}</a>
          {" · "}
          <Link href="/reports">{t("allBulletins")}</Link>
        </p>
        <div className="no-print">
          <DataLicenseNote />
        </div>
      </header>
      <BulletinCore b={b} />
      <BulletinChapters b={b} firstNo={2} />
      <BulletinDistricts b={b} no={2 + chapters} />
      <BulletinNotes b={b} />
    </article>
  );
}
