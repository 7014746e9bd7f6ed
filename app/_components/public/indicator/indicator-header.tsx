import { getLocale, getTranslations } from "next-intl/server";
import { DemoBadge } from "@/app/_components/demo-badge";
import { formatDate } from "@/lib/format-date";
import { Link } from "@/lib/i18n/server-link";
import type { IndicatorModel } from "@/lib/public/indicator-model";

/**
 * Breadcrumb, name and code; the 已停用 notice for a retired indicator (its released data stays
 * public); the 示例数据 mark when any value shown is demo data.
 */
export async function IndicatorHeader({ model }: { model: IndicatorModel }) {
  const ind = model.data.indicator;
  const [t, locale] = await Promise.all([getTranslations("indicator"), getLocale()]);
  const since = ind.retiredAt;
  const demo = model.trend.isDemo || model.district.isDemo;
  return (
    <header className="pub-page-header">
      <nav aria-label={t("catalogue")} className="pub-breadcrumb">
        <Link href="/indicators">{t("catalogue")}</Link>
      </nav>
      <h1>
        {model.name} <small>{ind.code}</small>
      </h1>
      {ind.retired ? (
        <p className="demo-badge" role="note" data-testid="retired-badge">
          <strong>{since ? t("retiredSince", { date: formatDate(since, locale) }) : t("retiredUndated")}</strong>
        </p>
      ) : null}
      {demo ? <DemoBadge note /> : null}
    </header>
  );
}
