// JSON-stat 2.0 of an observations answer: one dataset with the dimensions indicator, region
// and period (category labels in the language asked for, each indicator's unit and decimals as
// category.unit), values as exact decimals written as JSON numbers (null when missing or
// withheld) and status letters; release time, revision and computed values in `extension`.
import { comparePeriods, mustParsePeriod, periodLabel } from "@/lib/period";
import { dataLicense } from "@/lib/public/data-license";
import { rawNumber, stringifyWithNumbers } from "@/lib/sdmx/json/raw-number";
import type { ApiCatalogue } from "../catalogue/load-catalogue";
import type { Page } from "../paging";
import type { TMeasure } from "../schemas/observation";
import { DEMO_NOTE, MEASURE_LABEL, ROUNDING, SOURCE, type Lang } from "./texts";
import type { ApiObservation } from "./types";

const STATUS: Record<string, string> = { PRELIMINARY: "p", ESTIMATED: "e", CONFIDENTIAL: "c", MISSING: "m" };

export type JsonStatRequest = { cat: ApiCatalogue; page: Page<ApiObservation>; lang: Lang; measure: TMeasure; asOf: string | null; next: string | null };

function ordered(values: Iterable<string>, compare: (a: string, b: string) => number): string[] {
  return [...new Set(values)].sort(compare);
}

export function observationsJsonStat(req: JsonStatRequest): string {
  const { cat, lang } = req;
  const rows = req.page.rows;
  const catalogueOrder = new Map(cat.indicators.map((i, n) => [i.code, n]));
  const indicators = ordered(rows.map((r) => r.indicator), (a, b) => catalogueOrder.get(a)! - catalogueOrder.get(b)!);
  const regionOrder = [...cat.regions.keys()];
  const regions = ordered(rows.map((r) => r.region), (a, b) => regionOrder.indexOf(a) - regionOrder.indexOf(b));
  const periods = ordered(rows.map((r) => r.period), (a, b) => comparePeriods(mustParsePeriod(a), mustParsePeriod(b)));
  const pos = (list: string[]) => new Map(list.map((v, i) => [v, i]));
  const [pi, pr, pp] = [pos(indicators), pos(regions), pos(periods)];
  const size = [indicators.length, regions.length, periods.length];
  const value: (string | null)[] = new Array(size[0] * size[1] * size[2]).fill(null);
  const status: Record<string, string> = {};
  const observations: Record<string, unknown> = {};
  const unitOf = new Map<string, { label: string; decimals: number }>();
  for (const r of rows) {
    const i = (pi.get(r.indicator)! * size[1] + pr.get(r.region)!) * size[2] + pp.get(r.period)!;
    value[i] = r.value === null ? null : rawNumber(r.value);
    if (r.flag) status[i] = STATUS[r.flag];
    if (!unitOf.has(r.indicator)) unitOf.set(r.indicator, { label: r.unit, decimals: r.decimals });
    observations[i] = {
      releasedAt: r.releasedAt.toISOString(),
      ...(r.computed ? { computed: true } : {}),
      ...(r.reason ? { reason: r.reason } : {}),
      ...(r.note ? { note: r.note } : {}),
      ...(r.revision ? { revision: { previousValue: r.revision.previousValue === null ? null : rawNumber(r.revision.previousValue), previousReleasedAt: r.revision.previousReleasedAt.toISOString() } } : {}),
    };
  }
  const latest = rows.reduce<Date | null>((m, r) => (m && m > r.releasedAt ? m : r.releasedAt), null);
  const zh = lang === "zh";
  const license = dataLicense();
  const isDemo = rows.some((r) => r.isDemo);
  const body = {
    version: "2.0",
    class: "dataset",
    label: `${zh ? "沈阳市数字经济统计监测" : "Shenyang digital-economy statistics monitor"}: ${MEASURE_LABEL[req.measure][lang]}`,
    source: SOURCE[lang],
    ...(latest ? { updated: latest.toISOString() } : {}),
    id: ["indicator", "region", "period"],
    size,
    role: { metric: ["indicator"], geo: ["region"], time: ["period"] },
    dimension: {
      indicator: {
        label: zh ? "指标" : "Indicator",
        category: {
          index: Object.fromEntries(pi),
          label: Object.fromEntries(indicators.map((c) => [c, zh ? cat.byCode.get(c)!.nameZh : cat.byCode.get(c)!.nameEn])),
          unit: Object.fromEntries(indicators.map((c) => [c, unitOf.get(c)!])),
        },
      },
      region: { label: zh ? "地区" : "Region", category: { index: Object.fromEntries(pr), label: Object.fromEntries(regions.map((c) => [c, zh ? cat.regions.get(c)!.nameZh : cat.regions.get(c)!.nameEn])) } },
      period: { label: zh ? "时期" : "Period", category: { index: Object.fromEntries(pp), label: Object.fromEntries(periods.map((p) => [p, periodLabel(mustParsePeriod(p), lang)])) } },
    },
    value,
    ...(Object.keys(status).length ? { status } : {}),
    note: [ROUNDING[lang], ...(isDemo ? [DEMO_NOTE[lang]] : []), license.attribution[lang]],
    link: { license: [{ href: license.url, label: license.name }], ...(req.next ? { next: [{ href: req.next }] } : {}) },
    extension: {
      measure: req.measure,
      asOf: req.asOf,
      isDemo,
      license: { name: license.name, url: license.url },
      paging: { offset: req.page.offset, total: req.page.total, next: req.next },
      status: { p: zh ? "初步数" : "preliminary", e: zh ? "估计数" : "estimated", c: zh ? "不公开（数值保密）" : "confidential (value withheld)", m: zh ? "无数据" : "not available" },
      observations,
    },
  };
  return stringifyWithNumbers(body);
}
