import { getTranslations, setRequestLocale } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/require";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { navItemsFor } from "@/lib/auth/staff-nav";
import { Link } from "@/lib/i18n/server-link";
import { requestClock } from "@/lib/schedule/clock";
import { AdminWork } from "./admin-work";
import { LeaderWork } from "./leader-work";
import { ReviewerWork } from "./reviewer-work";
import { UploaderWork } from "./uploader-work";

export const dynamic = "force-dynamic";

/** The staff home: each role's work first (returns due, the review queue, overdue returns and releases, the dashboard), then everything else. */
export default async function StaffHome({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ now?: string }> }) {
  const { locale } = await params;
  // ?now= only with ALLOW_TEST_CLOCK=1 (as on the schedule page); otherwise the real date
  const clock = requestClock((await searchParams).now);
  setRequestLocale(locale);
  const actor = await requireUser("/staff");
  const t = await getTranslations("staff");
  const lang = locale === "en" ? "en" : "zh";
  const admin = can(actor, "release:manage");
  return (
    <>
      <h1>{t("welcome", { name: actor.displayName })}</h1>
      <p className="note">
        {t("roles")}: <span data-testid="my-roles">{actor.roles.map((r) => ROLE_LABELS[r][lang]).join("、")}</span>
      </p>
      {can(actor, "batch:upload") ? <UploaderWork actor={actor} clock={clock} /> : null}
      {can(actor, "batch:review") ? <ReviewerWork /> : null}
      {admin ? <AdminWork /> : null}
      {can(actor, "dashboard:view") && !admin ? <LeaderWork actor={actor} locale={locale} /> : null}
      <h2>{t("youCan")}</h2>
      <ul className="work-links-list">
        {navItemsFor(actor).filter((i) => i.href !== "/staff").map((i) => (
          <li key={i.href}>
            <Link href={i.href}>{t(i.labelKey)}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
