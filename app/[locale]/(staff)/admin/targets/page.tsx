import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/require";
import { pool } from "@/lib/db";
import { findRegions } from "@/lib/dashboard/find-regions";
import { findTargets } from "@/lib/dashboard/find-targets";
import { nameOf } from "@/lib/dashboard/format";
import { findPublicIndicators } from "@/lib/public/public-indicators";
import { Link } from "@/lib/i18n/server-link";
import { DeleteTargetButton } from "./delete-target-button";
import { TargetForm } from "./target-form";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ edit?: string }> };

/** Targets per indicator, region and year (admin). The dashboard shows their progress. */
export default async function TargetsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission("target:manage", "/admin/targets");
  const t = await getTranslations("targets");
  const [targets, indicators, regions] = await Promise.all([findTargets(), findPublicIndicators(pool()), findRegions()]);
  const { edit } = await searchParams;
  const editing = targets.find((x) => String(x.id) === edit);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <div className="table-scroll" tabIndex={0}>
        <table className="data-table" data-testid="targets-admin-table">
          <thead>
            <tr>
              {["indicatorCode", "regionCode", "year", "value", "baseYear", "baseValue", "deadline", "source"].map((k) => (
                <th key={k} scope="col">{t(`field.${k}`)}</th>
              ))}
              <th scope="col">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {targets.map((x) => (
              <tr key={x.id} data-testid={`target-row-${x.indicatorCode}-${x.regionCode}-${x.year}`}>
                <th scope="row">{x.indicatorCode} {locale === "en" ? x.indicatorNameEn : x.indicatorNameZh}</th>
                <td>{locale === "en" ? x.regionNameEn : x.regionNameZh}</td>
                <td>{x.year}</td>
                <td className="num">{x.value} {x.unit}</td>
                <td>{x.baseYear ?? "—"}</td>
                <td className="num">{x.baseValue ?? "—"}</td>
                <td>{x.deadline}</td>
                <td>{x.source}</td>
                <td className="inline-group">
                  <Link href={{ pathname: "/admin/targets", query: { edit: x.id } }}>{t("edit")}</Link>
                  <DeleteTargetButton id={x.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {targets.length === 0 ? <p>{t("none")}</p> : null}
      <h2>{editing ? t("editTitle") : t("createTitle")}</h2>
      <TargetForm
        initial={editing ?? {}}
        indicators={indicators.filter((i) => !i.retired).map((i) => ({ value: i.code, label: `${i.code} ${nameOf(i, locale)}（${i.unit}）` }))}
        regions={regions.map((r) => ({ value: r.code, label: nameOf(r, locale) }))}
      />
    </>
  );
}
