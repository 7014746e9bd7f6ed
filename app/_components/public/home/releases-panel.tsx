import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format-date";
import { Link } from "@/lib/i18n/server-link";
import { periodText } from "@/lib/public/display";
import type { PublicRelease } from "@/lib/releases/public-releases";

type Props = { latest: PublicRelease | null; next: PublicRelease | null; /** the newest bulletin's quarter */ bulletin?: string | null };

/** The latest release and the next one on the calendar. */
export async function ReleasesPanel({ latest, next, bulletin }: Props) {
  const [t, te, tb, locale] = await Promise.all([getTranslations("public"), getTranslations("explore"), getTranslations("bulletin"), getLocale()]);
  const title = (r: PublicRelease) => (locale === "en" && r.titleEn ? r.titleEn : r.titleZh);
  const item = (label: string, r: PublicRelease | null, testId: string) => (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>
        {r ? (
          <>
            <time dateTime={r.releaseAt.toISOString()}>{formatDateTime(r.releaseAt, locale)}</time> {title(r)}
          </>
        ) : (
          t("noRelease")
        )}
      </dd>
    </div>
  );
  return (
    <section aria-labelledby="releases-heading">
      <h2 id="releases-heading">{t("releasesHeading")}</h2>
      <dl className="facts pub-facts">
        {item(t("latestRelease"), latest, "latest-release")}
        {item(t("nextRelease"), next, "next-release")}
      </dl>
      {bulletin ? (
        <p>
          <Link href={`/reports/${bulletin}`} data-testid="home-bulletin-link">
            {te("latestBulletin", { title: tb("title", { period: periodText(bulletin, locale, "ytd") }) })}
          </Link>{" "}
          · <Link href="/reports">{te("allBulletins")}</Link>
        </p>
      ) : null}
      <p>
        <Link href="/releases">{t("calendarLink")}</Link> · <Link href="/indicators">{t("catalogueLink")}</Link>
      </p>
    </section>
  );
}
