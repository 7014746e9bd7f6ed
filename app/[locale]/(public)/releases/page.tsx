import { getTranslations, setRequestLocale } from "next-intl/server";
import { ReleaseTable } from "@/app/_components/workflow/release-table";
import { publicPool } from "@/lib/db";
import { publicCached } from "@/lib/public/cache";
import { findPublicReleases } from "@/lib/releases/public-releases";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "releases" });
  return { title: t("title"), alternates: { types: { "application/atom+xml": "/feeds/releases" } } };
}

/** The public calendar, in the manner of NBS's 主要统计信息发布日程表. */
export default async function ReleasesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("releases");
  const releases = await publicCached("page:releases", (e) => findPublicReleases(publicPool(), { asOf: e.at }));
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p>
        <a href="/feeds/releases">{t("feed")}</a>
      </p>
      <h2>{t("upcoming")}</h2>
      <ReleaseTable releases={releases.filter((r) => !r.released).reverse()} locale={locale} testId="releases-upcoming" />
      <h2>{t("past")}</h2>
      <ReleaseTable releases={releases.filter((r) => r.released)} locale={locale} testId="releases-past" />
    </>
  );
}
