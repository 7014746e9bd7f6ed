import type { Metadata } from "next";
import { localName } from "@/lib/public/display";
import { notFound } from "next/navigation";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { ChartFigure } from "@/app/_components/charts/chart-figure";
import { DemoBadge } from "@/app/_components/demo-badge";
import { Pager } from "@/app/_components/public/pager";
import { ProfileTable } from "@/app/_components/public/region/profile-table";
import { Link } from "@/lib/i18n/server-link";
import { requestedPage } from "@/lib/public/paging";
import { cachedRegions } from "@/lib/public/reference-data";
import { loadRegion } from "@/lib/public/region-model";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; code: string }> };
type PageProps = Props & { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  const region = (await cachedRegions()).find((r) => r.code === code);
  return region ? { title: localName(region, await getLocale()) } : {};
}

/**
 * A district or county: each indicator's latest value, its rank among the 13 and share of the
 * city, a page of indicators at a time (?page=N; a bad or past-the-end N shows the first page).
 */
export default async function RegionPage({ params, searchParams }: PageProps) {
  const { locale, code } = await params;
  const sp = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations("public");
  const region = (await cachedRegions()).find((r) => r.code === code);
  const name = region ? localName(region, locale) : code;
  const model = await loadRegion(code, locale, t("regionChartTitle", { name }), requestedPage(sp.page));
  if (!model) notFound();
  return (
    <article data-region={code}>
      <h1>{t("regionTitle", { name })}</h1>
      {model.isDemo ? <DemoBadge note /> : null}
      <p>{t("regionIntro", { name })}</p>
      {model.chart ? <ChartFigure id="region-share-chart" height={Math.max(240, 60 + model.chart.bars.length * 28)} caption={t("regionChartCaption", { name })} spec={{ kind: "rankedBar", data: model.chart }} /> : null}
      {model.rows.length ? <ProfileTable model={model} /> : <p>{t("noRegionData")}</p>}
      <Pager pathname={`/regions/${code}`} paging={model.paging} label={t("regionPages", { name })} />
      <p className="note">{t("regionRankNote")}</p>
      <nav aria-labelledby="other-regions-h">
        <h2 id="other-regions-h">{t("otherRegions")}</h2>
        <ul className="pub-inline-list">
          {model.districts.map((d) => (
            <li key={d.code}>{d.code === code ? <strong aria-current="page">{localName(d, locale)}</strong> : <Link href={`/regions/${d.code}`}>{localName(d, locale)}</Link>}</li>
          ))}
        </ul>
      </nav>
    </article>
  );
}
