// Districts: ranking with growth, the same figures on the tile map, and the table.
import { getLocale, getTranslations } from "next-intl/server";
import type { Dashboard } from "@/lib/dashboard/assemble";
import { districtRankingSpec, districtTilesSpec } from "@/lib/dashboard/chart-specs";
import { chartTable } from "@/lib/dashboard/chart-tables";
import { nameOf } from "@/lib/dashboard/format";
import { DataTable } from "./data-table";
import { ExportChart } from "./export-chart";

export async function DistrictPanel({ d, exportQuery }: { d: Dashboard; exportQuery: string }) {
  const locale = await getLocale();
  const t = await getTranslations("dashboard");
  const s = d.districts;
  if (!s) return null;
  const name = nameOf(s.indicator, locale);
  return (
    <section aria-labelledby="dash-districts">
      <h2 id="dash-districts">{t("districtsTitle")}</h2>
      <div className="dash-grid-2">
        <ExportChart id="district-ranking" spec={districtRankingSpec(d, locale)} caption={t("rankingCaption", { name, unit: s.indicator.unit })} exportQuery={exportQuery} height={420} />
        <ExportChart id="district-tiles" spec={districtTilesSpec(d, t, locale)} caption={t("tilesCaption", { name })} exportQuery={exportQuery} height={420} />
      </div>
      <DataTable table={chartTable(d, "district-ranking", t, locale)} />
      <p className="note">{t("districtNote")}</p>
    </section>
  );
}
