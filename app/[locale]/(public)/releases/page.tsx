import { cachedReleaseContents } from "@/lib/public/reference-data";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ReleaseTable } from "@/app/_components/workflow/release-table";
import { publicPool } from "@/lib/db";
import { publicCached } from "@/lib/public/cache";
import { requestedPage } from "@/lib/public/paging";
import { findReleaseCalendarPage } from "@/lib/releases/public-releases";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "releases" });
  return { title: t("title"), alternates: { types: { "application/atom+xml": "/feeds/releases" } } };
}

/**
 * The public calendar, in the manner of NBS's 主要统计信息发布日程表: everything upcoming, and
 * the past releases a page at a time (a bureau's ten years of monthly releases are not one page).
 */
export default async function ReleasesPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const page = requestedPage((await searchParams).page); // ?page=N of past releases
  const t = await getTranslations("releases");
  const { upcoming, past, more } = await publicCached(`page:releases:${page}`, (e) => findReleaseCalendarPage(publicPool(), e.at, page, cachedReleaseContents));
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p>
        <a href="/feeds/releases">{t("feed")}</a>
      </p>
      <h2>{t("upcoming")}</h2>
      <ReleaseTable releases={upcoming} locale={locale} testId="releases-upcoming" />
      <h2>{page > 1 ? t("pageNo", { page }) : t("past")}</h2>
      <ReleaseTable releases={past} locale={locale} testId="releases-past" />
      {(more || page > 1) && (
        <nav className="pager" aria-label={t("past")}>
          {page > 1 && <a href={`?page=${page - 1}`} rel="prev">{t("newer")}</a>}{" "}
          {more && <a href={`?page=${page + 1}`} rel="next" data-testid="releases-older">{t("older")}</a>}
        </nav>
      )}
    </>
  );
}
