// How a chart writes its unit. Chart data carry the catalogue's (Chinese) unit and, on English
// pages, locale "en": the axis name and tooltips then take the bulletin's English forms
// (lib/bulletin/units.ts), so that "583.2 亿元" reads "583.2 (100 million yuan)" and is not
// taken for 583.2 yuan. Without a locale a chart writes the unit as given, as it always did.
// Pure.
import { unitText, withUnit } from "@/lib/bulletin/units";

export type ChartLocale = { locale?: string };

/** The axis name: the unit itself ("" for a bare count in English, which then needs no name). */
export function axisUnit(unit: string, locale: string | undefined): string {
  return locale === "en" ? unitText(unit, "en") : unit;
}

/** A tooltip value (the caller escapes it): "120.40 亿元" / "120.40 (100 million yuan)". */
export function valueAndUnit(display: string, unit: string, locale: string | undefined): string {
  return locale === "en" ? withUnit(display, unit, "en") : `${display} ${unit}`;
}
