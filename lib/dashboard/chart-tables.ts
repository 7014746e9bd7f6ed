// The data behind each dashboard chart as a table: shown beside the chart on the page and
// exported as XLSX, so both always hold the same figures. Exact values travel with their
// decimals; only the renderer rounds them. Pure.
import type { Dashboard } from "./assemble";
import { targetAtFullYears } from "./core-industries";
import { nameOf, periodText } from "./format";

export const CHART_IDS = ["kpis", "core-trend", "core-parts", "core-structure", "district-ranking", "district-tiles"] as const;
export type ChartId = (typeof CHART_IDS)[number];
export const isChartId = (s: string | null): s is ChartId => !!s && (CHART_IDS as readonly string[]).includes(s);

export type Num = { value: string | null; decimals: number };
export type TableCell = string | null | Num;
export type TableColumn = { header: string; numeric?: boolean };
export type TableRow = { cells: TableCell[]; unreleased: boolean; key: string };
export type ChartTable = { id: ChartId; title: string; columns: TableColumn[]; rows: TableRow[] };

export type Tr = (key: string, values?: Record<string, string | number>) => string;

const num = (value: string | null, decimals: number): Num => ({ value, decimals });
const sourceText = (t: Tr, s: "official" | "computed" | undefined) => (s === "computed" ? t("computed") : s === "official" ? t("official") : null);

function kpiTable(d: Dashboard, t: Tr, locale: string): ChartTable {
  return {
    id: "kpis",
    title: t("kpiTitle"),
    columns: [{ header: t("indicator") }, { header: t("period") }, { header: t("value"), numeric: true }, { header: t("unit") }, { header: t("growthCol"), numeric: true }, { header: t("growthUnit") }, { header: t("growthSource") }, { header: t("target"), numeric: true }, { header: t("progress"), numeric: true }, { header: t("releaseState") }],
    rows: d.kpis.map((k) => ({
      key: k.indicator.code,
      unreleased: k.unreleased || !!k.growth?.unreleased,
      cells: [
        `${k.indicator.code} ${nameOf(k.indicator, locale)}`,
        k.period ? periodText(k.period, locale, k.indicator.measureType) : null,
        num(k.value, k.indicator.decimals),
        k.indicator.unit,
        num(k.growth?.value ?? null, k.growth?.unit === "pp" ? k.indicator.decimals : 1),
        k.growth ? (k.growth.unit === "pp" ? t("pp") : "%") : null,
        sourceText(t, k.growth?.source),
        num(k.target?.target.value ?? null, k.indicator.decimals),
        num(k.target?.assessment?.progress ?? null, 1),
        k.unreleased || k.growth?.unreleased ? t("unreleased") : null,
      ],
    })),
  };
}

function coreTrendTable(d: Dashboard, t: Tr, locale: string): ChartTable {
  const c = d.core;
  const target = c?.target?.target.value ?? null;
  // the annual target only in full-year rows, as in the chart
  const targets = targetAtFullYears(c?.trend.periods ?? [], target);
  return {
    id: "core-trend",
    title: c ? `${nameOf(c.total, locale)}（${c.total.unit}）` : t("coreTrendTitle"),
    columns: [{ header: t("period") }, { header: t("value"), numeric: true }, ...(target ? [{ header: t("target"), numeric: true }] : [])],
    rows: (c?.trend.periods ?? []).map((p, i) => ({
      key: p,
      unreleased: c!.trend.unreleased[i],
      cells: [periodText(p, locale, "CUMULATIVE"), num(c!.trend.total[i], c!.total.decimals), ...(target ? [num(targets[i], c!.total.decimals)] : [])],
    })),
  };
}

function corePartsTable(d: Dashboard, t: Tr, locale: string): ChartTable {
  const c = d.core;
  return {
    id: "core-parts",
    title: t("corePartsTitle"),
    columns: [{ header: t("period") }, ...(c?.trend.parts ?? []).map((p) => ({ header: nameOf(p.indicator, locale), numeric: true }))],
    rows: (c?.trend.periods ?? []).map((p, i) => ({
      key: p,
      unreleased: c!.trend.unreleased[i],
      cells: [periodText(p, locale, "CUMULATIVE"), ...c!.trend.parts.map((s) => num(s.values[i], s.indicator.decimals))],
    })),
  };
}

function coreStructureTable(d: Dashboard, t: Tr, locale: string): ChartTable {
  return {
    id: "core-structure",
    title: t("coreStructureTitle"),
    columns: [{ header: t("category") }, { header: t("industry") }, { header: t("value"), numeric: true }, { header: t("shareOfCore"), numeric: true }],
    rows: (d.core?.parts ?? []).map((p) => ({
      key: p.categoryCode,
      unreleased: p.unreleased,
      cells: [p.categoryCode, nameOf(p.indicator, locale), num(p.value, p.indicator.decimals), num(p.share, 1)],
    })),
  };
}

function districtTable(d: Dashboard, t: Tr, locale: string, id: ChartId): ChartTable {
  const s = d.districts;
  return {
    id,
    title: s ? `${nameOf(s.indicator, locale)} · ${periodText(s.period, locale, s.indicator.measureType)}` : t("districtsTitle"),
    columns: [{ header: t("rank"), numeric: true }, { header: t("district") }, { header: t("value"), numeric: true }, { header: t("shareOfCity"), numeric: true }, { header: t("growthCol"), numeric: true }, { header: t("growthSource") }],
    rows: (s?.rows ?? []).map((r) => ({
      key: r.region.code,
      unreleased: r.unreleased,
      cells: [num(r.rank === null ? null : String(r.rank), 0), nameOf(r.region, locale), num(r.value, s!.indicator.decimals), num(r.share, 1), num(r.growth?.value ?? null, r.growth?.unit === "pp" ? s!.indicator.decimals : 1), sourceText(t, r.growth?.source)],
    })),
  };
}

export function chartTable(d: Dashboard, id: ChartId, t: Tr, locale: string): ChartTable {
  switch (id) {
    case "kpis":
      return kpiTable(d, t, locale);
    case "core-trend":
      return coreTrendTable(d, t, locale);
    case "core-parts":
      return corePartsTable(d, t, locale);
    case "core-structure":
      return coreStructureTable(d, t, locale);
    case "district-ranking":
    case "district-tiles":
      return districtTable(d, t, locale, id);
  }
}
