// Alerts, most severe first; each links to its indicator's public page.
import { getLocale, getTranslations } from "next-intl/server";
import type { DashAlert } from "@/lib/dashboard/alerts";
import { colonOf, fmtFixed, nameOf, periodText, yoyAlertWording } from "@/lib/dashboard/format";
import { Link } from "@/lib/i18n/server-link";
import { LIST_SHOWN } from "@/lib/dashboard/page-lists";
import { WholeListLink } from "./whole-list-link";

function message(a: DashAlert, t: (k: string, v?: Record<string, string | number>) => string, locale: string): string {
  const p = (code: string | undefined) => (code ? periodText(code, locale, a.indicator.measureType) : "—");
  switch (a.code) {
    case "fell-yoy":
    case "rose-yoy":
      return t(`alert.${a.code}`, { period: p(a.period ?? undefined), wording: yoyAlertWording(a.detail.growth, a.indicator.measureType, locale) });
    case "target-off-track":
    case "target-missed":
      return t(`alert.${a.code}`, { progress: fmtFixed(a.detail.progress ?? null, 1, locale), elapsed: fmtFixed(a.detail.elapsed ?? null, 1, locale) });
    case "data-late":
      return t("alert.data-late", { expected: p(a.detail.expectedPeriod), latest: p(a.detail.latestPeriod), days: a.detail.daysOverdue });
  }
}

/** The most severe first (assemble's order); past LIST_SHOWN only when the whole list is asked for. */
export async function AlertList({ alerts, whole, wholeHref }: { alerts: DashAlert[]; whole: boolean; wholeHref: Record<string, string> }) {
  const locale = await getLocale();
  const t = await getTranslations("dashboard");
  const shown = whole ? alerts : alerts.slice(0, LIST_SHOWN);
  return (
    <section aria-labelledby="dash-alerts">
      <h2 id="dash-alerts">
        {t("alertsTitle")} <small>({alerts.length})</small>
      </h2>
      {alerts.length === 0 ? <p>{t("noAlerts")}</p> : null}
      <ul className="dash-alerts" data-testid="alerts">
        {shown.map((a) => (
          <li key={`${a.code}-${a.indicator.code}`} className={`dash-alert dash-alert-${a.severity}`} data-code={a.code} data-indicator={a.indicator.code}>
            <strong>{t(`alertKind.${a.code}`)}</strong>{" "}
            <Link href={`/indicators/${a.indicator.code}`}>
              {a.indicator.code} {nameOf(a.indicator, locale)}
            </Link>
            {colonOf(locale)}
            {message(a, t, locale)}
          </li>
        ))}
      </ul>
      <WholeListLink list="alerts" shown={shown.length} total={alerts.length} query={wholeHref} />
    </section>
  );
}
