import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/permissions";
import { auditContext } from "@/lib/auth/request-context";
import { findBulletinPeriods } from "@/lib/bulletin/available-bulletins";
import { readFilters } from "@/lib/dashboard/filters";
import { periodText } from "@/lib/dashboard/format";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { Link } from "@/lib/i18n/server-link";
import { KpiGrid } from "../dashboard/kpi-grid";

/** The leader's home: the dashboard's headline figures, the way into the full dashboard and the latest bulletin. */
export async function LeaderWork({ actor, locale }: { actor: Actor; locale: string }) {
  const t = await getTranslations("staff");
  const [{ dashboard: d }, bulletins] = await Promise.all([
    getDashboard(readFilters({}), { ctx: await auditContext(actor), via: "dashboard" }),
    findBulletinPeriods(),
  ]);
  const latest = bulletins[0];
  return (
    <section className="work" aria-labelledby="work-dash">
      <h2 id="work-dash">{t("dashboardTitle")}</h2>
      <p className="work-links">
        <Link href="/dashboard" className="button" data-testid="home-dashboard-link">
          {t("openDashboard")}
        </Link>{" "}
        {latest ? (
          <Link href={`/reports/${latest}`} data-testid="home-bulletin-link">
            {t("latestBulletin", { period: periodText(latest, locale, "CUMULATIVE") })}
          </Link>
        ) : null}
      </p>
      {d ? <KpiGrid d={d} /> : null}
    </section>
  );
}
