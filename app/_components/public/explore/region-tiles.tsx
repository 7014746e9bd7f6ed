import { getLocale, getTranslations } from "next-intl/server";
import { TILE_LAYOUT } from "@/lib/charts/options/tile-map";
import { Link } from "@/lib/i18n/server-link";
import { localName, periodText, labelStyle } from "@/lib/public/display";
import type { RegionsIndex } from "@/lib/public/regions-index";
import { ObservationText } from "./observation-text";

/**
 * The 13 districts as a tile map: one link a district on a CSS grid in rough geographic
 * position (the same layout as the indicator page's tile chart), each with its latest core
 * value added. Plain HTML: it works without JavaScript and each tile is a link.
 */
export async function RegionTiles({ index }: { index: RegionsIndex }) {
  const [t, locale] = await Promise.all([getTranslations("explore"), getLocale()]);
  const col = index.columns[0];
  return (
    <section aria-labelledby="tiles-h">
      <h2 id="tiles-h">{t("tilesHeading")}</h2>
      {col ? <p className="note">{t("tilesNote", { name: localName(col.indicator, locale), period: periodText(col.period, locale, labelStyle(col.indicator.measureType, "level")) })}</p> : null}
      <ul className="region-tiles" data-testid="region-tiles">
        {index.districts.map((r) => {
          const at = TILE_LAYOUT[r.region.code];
          return (
            <li key={r.region.code} style={at ? { gridColumn: at.col + 1, gridRow: at.row + 1 } : undefined} data-region={r.region.code}>
              <Link href={`/regions/${r.region.code}`}>
                <span className="region-tile-name">{localName(r.region, locale)}</span>
                {col ? (
                  <span className="region-tile-value">
                    <ObservationText obs={r.cells[0]} ind={col.indicator} />
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
