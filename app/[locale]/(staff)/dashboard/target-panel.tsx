// Targets of the selected region: progress %, share of time elapsed, the pace still required
// and on/off track (lib/targets: "时间过半、任务过半").
import { getLocale, getTranslations } from "next-intl/server";
import type { Dashboard } from "@/lib/dashboard/assemble";
import { fmtFixed, fmtPace, fmtValue, nameOf, periodText } from "@/lib/dashboard/format";
import { attentionFirst, LIST_SHOWN } from "@/lib/dashboard/page-lists";
import { Unreleased } from "./unreleased";
import { WholeListLink } from "./whole-list-link";

const ATTENTION = new Set(["missed", "off-track"]);

/** Past LIST_SHOWN, missed and off-track targets first, unless the whole list is asked for. */
export async function TargetPanel({ d, whole, wholeHref }: { d: Dashboard; whole: boolean; wholeHref: Record<string, string> }) {
  const locale = await getLocale();
  const t = await getTranslations("dashboard");
  const shown = whole ? d.targets : attentionFirst(d.targets, (v) => ATTENTION.has(v.assessment?.status ?? ""), LIST_SHOWN);
  return (
    <section aria-labelledby="dash-targets">
      <h2 id="dash-targets">{t("targetsTitle")}</h2>
      {d.targets.length === 0 ? <p>{t("noTargets")}</p> : null}
      {d.targets.length ? (
        <div className="table-scroll" tabIndex={0}>
          <table className="data-table" data-testid="targets-table">
            <thead>
              <tr>
                {["indicator", "targetYear", "target", "deadline", "source", "actual", "progress", "elapsed", "requiredPace", "targetStatus"].map((k) => (
                  <th key={k} scope="col">
                    {t(k)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((v) => {
                const a = v.assessment;
                const ind = v.indicator;
                return (
                  <tr key={v.target.id} data-testid={`target-${ind.code}-${v.target.year}`} data-status={a?.status ?? "unknown"} data-progress={a?.progress ?? ""}>
                    <th scope="row">{nameOf(ind, locale)}</th>
                    <td>{v.target.year}</td>
                    <td className="num">
                      {fmtValue(v.target.value, ind, locale)} {ind.unit}
                    </td>
                    <td>{v.target.deadline}</td>
                    <td>{v.target.source}</td>
                    <td className="num">
                      {v.actual ? `${fmtValue(v.actual.value, ind, locale)}（${periodText(v.actual.period, locale, ind.measureType)}）` : "—"}
                      {v.actual?.unreleased ? <Unreleased /> : null}
                    </td>
                    <td className="num">{fmtFixed(a?.progress ?? null, 1, locale)}%</td>
                    <td className="num">{fmtFixed(a?.elapsed ?? null, 1, locale)}%</td>
                    <td className="num" data-pace-unit={a?.paceUnit ?? ""}>
                      {a?.requiredAnnualPace ? fmtPace(a.requiredAnnualPace, a.paceUnit, locale) : t(`paceReason.${a?.paceReason ?? "none"}`)}
                    </td>
                    <td className={`dash-target-${a?.status ?? "unknown"}`}>{t(`status.${a?.status ?? "unknown"}`)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <WholeListLink list="targets" shown={shown.length} total={d.targets.length} query={wholeHref} />
      <p className="note">{t("targetRule")}</p>
    </section>
  );
}
