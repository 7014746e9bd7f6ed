import { getTranslations, setRequestLocale } from "next-intl/server";
import { DemoBadge } from "@/app/_components/demo-badge";
import { CoreStructureSection } from "@/app/_components/public/home/core-structure-section";
import { EmergingPanel } from "@/app/_components/public/home/emerging-panel";
import { HeadlineSection } from "@/app/_components/public/home/headline-section";
import { ReleasesPanel } from "@/app/_components/public/home/releases-panel";
import { findBulletinPeriods } from "@/lib/bulletin/available-bulletins";
import { loadHeadlineTrends } from "@/lib/public/headline-trends";
import { loadHome } from "@/lib/public/home-model";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

/** Home: the latest core-industry figures and structure, the emerging industries, the releases. */
export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, home, bulletins] = await Promise.all([getTranslations("home"), loadHome(), findBulletinPeriods()]);
  const trends = home.core ? await loadHeadlineTrends(home.core) : undefined;
  return (
    <>
      {home.core?.isDemo ? <DemoBadge note /> : null}
      {home.core ? (
        <>
          <HeadlineSection core={home.core} trends={trends} />
          <CoreStructureSection core={home.core} />
        </>
      ) : (
        <section>
          <h1>{t("heading")}</h1>
          <p>{t("noData")}</p>
        </section>
      )}
      <EmergingPanel panel={home.emerging} />
      <ReleasesPanel latest={home.latestRelease} next={home.nextRelease} bulletin={bulletins[0] ?? null} />
    </>
  );
}
