import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DemoBadge } from "@/app/_components/demo-badge";
import { CoreStructureSection } from "@/app/_components/public/home/core-structure-section";
import { periodText } from "@/lib/public/display";
import { cachedCore } from "@/lib/public/home-model";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "explore" });
  return { title: t("industriesTitle") };
}

/**
 * The core-industries index: the four NBS divisions (01–04) with their values and shares of
 * the core total (get-core-structure.ts: no share is computed from a withheld figure), each
 * a link to its page.
 */
export default async function IndustriesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, th, core] = await Promise.all([getTranslations("explore"), getTranslations("home"), cachedCore()]);
  return (
    <article data-testid="industries-index">
      <h1>{t("industriesTitle")}</h1>
      {core?.isDemo ? <DemoBadge note /> : null}
      {core ? (
        <>
          <p>{t("industriesIntro", { period: periodText(core.period, locale, "ytd") })}</p>
          <CoreStructureSection core={core} />
        </>
      ) : (
        <p>{th("noData")}</p>
      )}
    </article>
  );
}
