// The links of the indicator page: downloads from the open API (the full series, and what the
// page displays), the chart files, the embed page and the feed. Relative URLs. Pure.
import { MAX_JSON_LIMIT } from "@/lib/open-api/params/param-help";
import type { IndicatorParams } from "./indicator-params";
import { indicatorQuery, queryString } from "./indicator-params";

export const DOWNLOAD_FORMATS = ["csv", "xlsx", "json"] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];
export type ChartName = "trend" | "ranking" | "tiles";
export const CHART_NAMES: readonly ChartName[] = ["trend", "ranking", "tiles"];
/** Drawing heights (the width is CHART_SIZE's): page and SVG file draw the same chart. */
export const CHART_HEIGHTS: Record<ChartName, number> = { trend: 360, ranking: 420, tiles: 420 };

const OBSERVATIONS = "/api/v1/observations";

/**
 * Every released value of the indicator, all regions and periods, as published (level). JSON
 * pages at 1000 rows by default, so the link asks for the API's maximum page; CSV and XLSX
 * already default to their maximum.
 */
export function fullSeriesUrl(code: string, format: DownloadFormat | "jsonstat", locale: string): string {
  const q: Record<string, string> = { indicator: code, format };
  if (format === "json") q.limit = String(MAX_JSON_LIMIT);
  if (locale === "en") q.lang = "en";
  return `${OBSERVATIONS}?${queryString(q)}`;
}

/** The full series (every region, released values) as SDMX, for statistical software. */
export function sdmxSeriesUrl(code: string, format: "sdmx-csv" | "sdmx-ml"): string {
  return `/sdmx/v2/data/dataflow/SYTJJ/DF_DE/1.0.0/.${encodeURIComponent(code)}..LEVEL?format=${format}`;
}

/** The regions, range and measure the page shows. A rolling "all" is simply no limit. */
export function displayedUrl(code: string, p: IndicatorParams, format: DownloadFormat, locale: string): string {
  const q: Record<string, string> = { indicator: code, region: p.regions.join(","), measure: p.measure };
  if (p.range.kind === "last" && p.range.n !== null) q.last = String(p.range.n);
  if (p.range.kind === "span") {
    if (p.range.from) q.from = p.range.from;
    if (p.range.to) q.to = p.range.to;
  }
  q.format = format;
  if (locale === "en") q.lang = "en";
  return `${OBSERVATIONS}?${queryString(q)}`;
}

/** The server-rendered chart as an SVG file (app/charts/[code]/route.ts). */
export function chartSvgUrl(code: string, chart: ChartName, p: IndicatorParams, locale: string): string {
  return `/charts/${encodeURIComponent(code)}?${queryString({ chart, ...indicatorQuery(p), lang: locale })}`;
}

/** The page itself (locale prefix added by the caller's Link), the embed and the feed. */
export function pageQuery(p: IndicatorParams): string {
  return queryString(indicatorQuery(p));
}

export function embedPath(code: string, p: IndicatorParams, locale: string): string {
  return `${locale === "en" ? "/en" : ""}/embed/${encodeURIComponent(code)}?${pageQuery(p)}`;
}

export function feedPath(code: string, locale: string): string {
  return `/feeds/indicators/${encodeURIComponent(code)}${locale === "en" ? "?lang=en" : ""}`;
}
