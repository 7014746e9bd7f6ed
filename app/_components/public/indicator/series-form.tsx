import { getLocale, getTranslations } from "next-intl/server";
import { localizedPathname } from "@/lib/i18n/pathname";
import { DEFAULT_LAST, LAST_CHOICES, type IndicatorParams } from "@/lib/public/indicator-params";
import type { PublicRegion } from "@/lib/public/reference-data";
import { localName, periodText } from "@/lib/public/display";

type Props = { code: string; params: IndicatorParams; regions: PublicRegion[]; periods: string[]; frequency: "MONTH" | "QUARTER" | "YEAR" };

/** Regions and range as a plain GET form: works without JavaScript and yields a shareable URL. */
export async function SeriesForm({ code, params, regions, periods, frequency }: Props) {
  const [t, locale] = await Promise.all([getTranslations("indicator"), getLocale()]);
  const last = params.range.kind === "last" ? (params.range.n === null ? "all" : String(params.range.n)) : String(DEFAULT_LAST[frequency]);
  const span = params.range.kind === "span" ? params.range : { from: null, to: null };
  const choices = [...new Set([...LAST_CHOICES, DEFAULT_LAST[frequency]])].sort((a, b) => a - b);
  const newestFirst = [...periods].reverse();
  const periodSelect = (name: "from" | "to", value: string | null) => (
    <label>
      {t(name)}{" "}
      <select name={name} defaultValue={value ?? ""}>
        <option value="">{t("anyPeriod")}</option>
        {newestFirst.map((p) => (
          <option key={p} value={p}>
            {periodText(p, locale)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form method="get" action={localizedPathname({ href: `/indicators/${code}`, locale })} className="pub-form" aria-label={t("formLabel")} data-testid="series-form">
      <input type="hidden" name="measure" value={params.measure} />
      {params.period ? <input type="hidden" name="period" value={params.period} /> : null}
      <fieldset>
        <legend>{t("regions")}</legend>
        <div className="pub-checks">
          {regions.map((r) => (
            <label key={r.code} className="check">
              <input type="checkbox" name="region" value={r.code} defaultChecked={params.regions.includes(r.code)} /> {localName(r, locale)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("range")}</legend>
        <div className="inline-group">
          <label>
            {t("rolling")}{" "}
            <select name="last" defaultValue={last}>
              {choices.map((n) => (
                <option key={n} value={String(n)}>
                  {t("lastN", { n })}
                </option>
              ))}
              <option value="all">{t("lastAll")}</option>
            </select>
          </label>
          {periodSelect("from", span.from)}
          {periodSelect("to", span.to)}
        </div>
        <p className="note">{t("formHint")}</p>
      </fieldset>
      <button type="submit">{t("apply")}</button>
    </form>
  );
}
