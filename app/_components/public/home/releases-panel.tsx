import { getLocale, getTranslations } from "next-intl/server";
import { formatDateTime } from "@/lib/format-date";
import { Link } from "@/lib/i18n/server-link";
import type { PublicRelease } from "@/lib/releases/public-releases";

type Props = { latest: PublicRelease | null; next: PublicRelease | null };

/** The latest release and the next one on the calendar. */
export async function ReleasesPanel({ latest, next }: Props) {
  const [t, locale] = await Promise.all([getTranslations("public"), getLocale()]);
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
      <p>
        <Link href="/releases">{t("calendarLink")}</Link> · <Link href="/indicators">{t("catalogueLink")}</Link>
      </p>
    </section>
  );
}
