import type { Metadata } from "next";
import { localName } from "@/lib/public/display";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { BulletinLink } from "@/app/_components/public/indicator/bulletin-link";
import { DistrictSection } from "@/app/_components/public/indicator/district-section";
import { DownloadsSection } from "@/app/_components/public/indicator/downloads-section";
import { IndicatorHeader } from "@/app/_components/public/indicator/indicator-header";
import { MetadataSection } from "@/app/_components/public/indicator/metadata-section";
import { ShareSection } from "@/app/_components/public/indicator/share-section";
import { TrendSection } from "@/app/_components/public/indicator/trend-section";
import { feedPath } from "@/lib/public/download-links";
import { getIndicatorData } from "@/lib/public/indicator-data";
import { loadIndicatorModel } from "@/lib/public/indicator-model";

export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string; code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, code } = await params;
  const data = await getIndicatorData(code);
  if (!data) return {};
  return {
    title: `${localName(data.indicator, locale)} (${code})`,
    alternates: { types: { "application/atom+xml": feedPath(code, locale) } },
  };
}

/** One indicator: trend, district comparison, metadata, downloads, permalink, embed and feed. */
export default async function IndicatorPage({ params, searchParams }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const model = await loadIndicatorModel(code, await searchParams, locale);
  if (!model) notFound();
  return (
    <article className="pub-indicator" data-indicator={code}>
      <IndicatorHeader model={model} />
      <BulletinLink period={model.periods.at(-1)} />
      <TrendSection model={model} />
      <DistrictSection model={model} />
      <MetadataSection model={model} />
      <DownloadsSection model={model} />
      <ShareSection model={model} />
    </article>
  );
}
