import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/require";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { navItemsFor } from "@/lib/auth/staff-nav";
import { Link } from "@/lib/i18n/server-link";

export const dynamic = "force-dynamic";

export default async function StaffHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireUser("/staff");
  const t = await getTranslations("staff");
  const lang = locale === "en" ? "en" : "zh";
  return (
    <>
      <h1>{t("welcome", { name: actor.displayName })}</h1>
      <p>
        {t("roles")}: <span data-testid="my-roles">{actor.roles.map((r) => ROLE_LABELS[r][lang]).join("、")}</span>
      </p>
      <p>{t("youCan")}</p>
      <ul>
        {navItemsFor(actor).filter((i) => i.href !== "/staff").map((i) => (
          <li key={i.href}>
            <Link href={i.href}>{t(i.labelKey)}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
