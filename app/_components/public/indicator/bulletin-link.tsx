import { getLocale, getTranslations } from "next-intl/server";
import { findBulletinPeriods } from "@/lib/bulletin/available-bulletins";
import { Link } from "@/lib/i18n/server-link";
import { periodText } from "@/lib/public/display";
import { bulletinFor } from "@/lib/public/ytd-view";

/** A link to the quarterly bulletin that carries the indicator's latest period, when there is one. */
export async function BulletinLink({ period }: { period: string | undefined }) {
  const [te, tb, locale, bulletins] = await Promise.all([getTranslations("explore"), getTranslations("bulletin"), getLocale(), findBulletinPeriods()]);
  const b = bulletinFor(period, bulletins);
  if (!b) return null;
  return (
    <p className="note">
      <Link href={`/reports/${b}`} data-testid="indicator-bulletin-link">
        {te("periodBulletin", { title: tb("title", { period: periodText(b, locale, "ytd") }) })}
      </Link>
    </p>
  );
}
