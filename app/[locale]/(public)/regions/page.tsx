import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DemoBadge } from "@/app/_components/demo-badge";
import { RegionTiles } from "@/app/_components/public/explore/region-tiles";
import { RegionsTable } from "@/app/_components/public/explore/regions-table";
import { loadRegionsIndex } from "@/lib/public/regions-index";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "explore" });
  return { title: t("regionsTitle") };
}

/** The districts index: the 13 districts as a tile map and a table of their latest headline figures. */
export default async function RegionsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, index] = await Promise.all([getTranslations("explore"), loadRegionsIndex()]);
  return (
    <article data-testid="regions-index">
      <h1>{t("regionsTitle")}</h1>
      {index.isDemo ? <DemoBadge note /> : null}
      <p>{t("regionsIntro")}</p>
      <RegionTiles index={index} />
      <RegionsTable index={index} />
    </article>
  );
}
