import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { formatDateTime } from "@/lib/format-date";
import { mustParsePeriod, periodLabel } from "@/lib/period";
import type { PublicRelease } from "@/lib/releases/public-releases";

type Props = { releases: PublicRelease[]; locale: string; renderExtra?: (r: PublicRelease) => ReactNode; testId: string };

/** The calendar as a table, with each move of a release kept as a visible note. */
export function ReleaseTable({ releases, locale, renderExtra, testId }: Props) {
  const t = useTranslations("releases");
  if (!releases.length) return <p>{t("none")}</p>;
  const fmt = (d: Date) => formatDateTime(d, locale);
  const codes = (r: PublicRelease) =>
    r.indicatorCodes.length ? r.indicatorCodes.join(", ") + (r.indicatorCount > r.indicatorCodes.length ? ` ${t("moreIndicators", { n: r.indicatorCount })}` : "") : "—";
  return (
    <div className="table-scroll" tabIndex={0}>
      <table className="data-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t("time")}</th>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("period")}</th>
            <th scope="col">{t("indicators")}</th>
          </tr>
        </thead>
        <tbody>
          {releases.map((r) => (
            <tr key={r.id} data-release-id={r.id}>
              <td>
                <time dateTime={r.releaseAt.toISOString()}>{fmt(r.releaseAt)}</time>
              </td>
              <td>
                {locale === "en" && r.titleEn ? r.titleEn : r.titleZh}
                {r.moves.map((m, i) => (
                  <p key={i} className="note moved" data-testid="release-moved">
                    {t("moved", { from: fmt(m.fromAt), to: fmt(m.toAt), reason: m.reason, at: fmt(m.movedAt) })}
                  </p>
                ))}
                {renderExtra?.(r)}
              </td>
              <td>{r.period ? periodLabel(mustParsePeriod(r.period), locale, r.yearToDate ? "ytd" : "period") : "—"}</td>
              <td>{codes(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
