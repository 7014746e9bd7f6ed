import { getTranslations } from "next-intl/server";
import { DemoBadge } from "@/app/_components/demo-badge";
import { Link } from "@/lib/i18n/navigation";
import type { IndicatorModel } from "@/lib/public/indicator-model";

/** Breadcrumb, name and code; the 示例数据 mark when any value shown is demo data. */
export async function IndicatorHeader({ model }: { model: IndicatorModel }) {
  const t = await getTranslations("indicator");
  const ind = model.data.indicator;
  const demo = model.trend.isDemo || model.district.isDemo;
  return (
    <header className="pub-page-header">
      <nav aria-label={t("catalogue")} className="pub-breadcrumb">
        <Link href="/indicators">{t("catalogue")}</Link>
      </nav>
      <h1>
        {model.name} <small>{ind.code}</small>
      </h1>
      {demo ? <DemoBadge note /> : null}
    </header>
  );
}
