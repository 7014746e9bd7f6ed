import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/server-link";
import { indicatorQuery, type IndicatorParams, type PageMeasure } from "@/lib/public/indicator-params";

type Props = { code: string; params: IndicatorParams; frequency: string };

/** 累计 / 当季 as two links (no script needed); the current one is marked for screen readers. */
export async function MeasureSwitch({ code, params, frequency }: Props) {
  const t = await getTranslations("indicator");
  const options: { measure: PageMeasure; label: string }[] = [
    { measure: "level", label: t("switchLevel") },
    { measure: "in-period", label: t(`switchInPeriod_${frequency}`) },
  ];
  return (
    <nav aria-label={t("measureSwitch")} className="pub-switch" data-testid="measure-switch">
      {options.map((o) => (
        <Link
          key={o.measure}
          href={{ pathname: `/indicators/${code}`, query: indicatorQuery(params, { measure: o.measure }) }}
          aria-current={params.measure === o.measure ? "page" : undefined}
          data-measure={o.measure}
        >
          {o.label}
        </Link>
      ))}
    </nav>
  );
}
