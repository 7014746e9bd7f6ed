import { getTranslations, setRequestLocale } from "next-intl/server";
import { DemoBadge } from "@/app/_components/demo-badge";
import { auditContext } from "@/lib/auth/request-context";
import { requirePermission } from "@/lib/auth/require";
import { findBulletinPeriods } from "@/lib/bulletin/available-bulletins";
import { Link } from "@/lib/i18n/server-link";
import { readFilters } from "@/lib/dashboard/filters";
import { readWholeList } from "@/lib/dashboard/page-lists";
import { nameOf, periodText } from "@/lib/dashboard/format";
import { getDashboard } from "@/lib/dashboard/get-dashboard";
import { AlertList } from "./alert-list";
import { ChapterPanel } from "./chapter-panel";
import { CorePanel } from "./core-panel";
import { DashboardFilters } from "./dashboard-filters";
import { DistrictPanel } from "./district-panel";
import { EmergingPanel } from "./emerging-panel";
import { KpiGrid } from "./kpi-grid";
import { TargetPanel } from "./target-panel";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The leadership dashboard (leader, admin). With pre-release access on, every view of an unreleased value is audited. */
export default async function DashboardPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePermission("dashboard:view", "/dashboard");
  const t = await getTranslations("dashboard");
  const sp = await searchParams;
  const whole = readWholeList(sp.all);
  const [{ dashboard: d, prerelease }, bulletins] = await Promise.all([
    getDashboard(readFilters(sp), { ctx: await auditContext(actor), via: "dashboard" }),
    findBulletinPeriods(),
  ]);
  // the bulletin of the period shown, else the latest one
  const bulletin = d && bulletins.includes(d.period) ? d.period : bulletins[0];
  if (!d) return <h1>{t("title")}</h1>;
  const view = { period: d.period, region: d.region.code, rank: d.districts?.indicator.code ?? "" };
  const exportQuery = new URLSearchParams({ ...view, locale }).toString();
  return (
    <div className="dash">
      <h1>
        {t("title")} <small>{periodText(d.period, locale, "CUMULATIVE")} · {nameOf(d.region, locale)}</small>
      </h1>
      {bulletin ? (
        <p className="dash-bulletin-link">
          <Link href={`/reports/${bulletin}`} data-testid="dashboard-bulletin-link">
            {t("bulletinLink", { period: periodText(bulletin, locale, "CUMULATIVE") })}
          </Link>
        </p>
      ) : null}
      {d.isDemo ? <DemoBadge /> : null}
      {prerelease ? (
        <p className="dash-prerelease-note" data-testid="prerelease-note">
          {t("prereleaseOn")}
        </p>
      ) : null}
      <DashboardFilters d={d} />
      <AlertList alerts={d.alerts} whole={whole === "alerts"} wholeHref={view} />
      <KpiGrid d={d} />
      <CorePanel d={d} exportQuery={exportQuery} />
      <DistrictPanel d={d} exportQuery={exportQuery} />
      <TargetPanel d={d} whole={whole === "targets"} wholeHref={view} />
      <EmergingPanel groups={d.emerging} />
      <ChapterPanel chapters={d.chapters} />
    </div>
  );
}
