// Recognises the header row and plans the layout.
// Long: indicator, region, period, value (+ flag, note, unit, 同比增长) columns.
// Wide by period: label columns (indicator and/or region) then one column per period, e.g. the
// NBS export "指标,2024年,2023年" or "地区,2025年第一季度,…"; a second header row may split each
// period into "累计值 | 同比增长(%)" (merged cells arrive blank, so periods are carried right).
// Wide by indicator: region and period columns, then one column per indicator.
import type { Catalogue } from "./catalogue";
import { labelKind, subKind, type LabelKind, type SubKind } from "./header-words";
import { parsePeriodHeader, type ParsedPeriod } from "./period-text";
import { cleanCell, splitUnit } from "./text-normalize";
import type { IngestIndicator, Locale } from "./types";

export type Column =
  | { index: number; label: string; role: "label"; kind: LabelKind; unit: string | null }
  /** unit: given in the header, "2025年一季度(亿元)"; checked against each row's indicator. */
  | { index: number; label: string; role: "period"; period: ParsedPeriod; sub: SubKind; unit: string | null }
  | { index: number; label: string; role: "indicator"; indicator: IngestIndicator; unit: string | null }
  | { index: number; label: string; role: "ignored"; blank: boolean };

export type HeaderPlan = {
  line: number;
  layout: "long" | "wide";
  /** Cells up to the last non-empty header cell. */
  width: number;
  columns: Column[];
  labels: Partial<Record<LabelKind, Extract<Column, { role: "label" }>>>;
  periods: Extract<Column, { role: "period" }>[];
  indicators: Extract<Column, { role: "indicator" }>[];
};

/** Defaults read from preamble lines such as "指标：软件业务收入(亿元)" or "地区：沈阳市". */
export type Preamble = { indicator?: string; region?: string; period?: string };

export function planHeader(fields: string[], line: number, cat: Catalogue): HeaderPlan | null {
  const columns: Column[] = [];
  const labels: HeaderPlan["labels"] = {};
  let width = 0;
  fields.forEach((raw, index) => {
    const label = cleanCell(raw);
    if (label) width = index + 1;
    const kind = label ? labelKind(label) : null;
    if (!label) columns.push({ index, label, role: "ignored", blank: true });
    else if (kind && !labels[kind]) {
      const col = { index, label, role: "label" as const, kind, unit: splitUnit(label)[1] };
      labels[kind] = col;
      columns.push(col);
    } else {
      const period = kind ? null : parsePeriodHeader(label);
      const hit = kind || period ? null : cat.peekIndicator(label);
      if (period) columns.push({ index, label, role: "period", period: period.period, sub: "value", unit: period.unit });
      else if (hit?.ok) columns.push({ index, label, role: "indicator", indicator: hit.indicator, unit: hit.unit });
      else columns.push({ index, label, role: "ignored", blank: false });
    }
  });
  const nLabels = Object.keys(labels).length;
  const periods = columns.filter((c): c is Extract<Column, { role: "period" }> => c.role === "period");
  const indicators = columns.filter((c): c is Extract<Column, { role: "indicator" }> => c.role === "indicator");
  const isHeader = nLabels >= 2 || (nLabels >= 1 && (periods.length > 0 || indicators.length > 0)) || periods.length >= 2;
  if (!isHeader) return null;
  const long = Boolean(labels.period && (labels.value || labels.growth)) || (periods.length === 0 && indicators.length === 0);
  return { line, layout: long ? "long" : "wide", width, columns, labels, periods: long ? [] : periods, indicators: long || periods.length ? [] : indicators };
}

/**
 * Second header row of a wide table: only sub-headers (累计值, 同比增长(%)) under the period
 * columns, and nothing or the same labels under the label columns. Returns false if not one.
 */
export function mergeSubHeader(plan: HeaderPlan, fields: string[]): boolean {
  if (plan.layout !== "wide" || plan.periods.length === 0) return false;
  let subs = 0;
  for (let i = 0; i < fields.length; i++) {
    const cell = cleanCell(fields[i]);
    if (!cell) continue;
    const col = plan.columns[i];
    if (col && col.role === "label" && cell === col.label) continue;
    if (!subKind(cell)) return false;
    subs++;
  }
  if (subs === 0) return false;
  let current: ParsedPeriod | null = null;
  let currentLabel = "";
  let currentUnit: string | null = null;
  const n = Math.max(plan.columns.length, fields.length);
  for (let i = 0; i < n; i++) {
    const col = plan.columns[i] ?? { index: i, label: "", role: "ignored" as const, blank: true };
    const cell = cleanCell(fields[i] ?? "");
    if (col.role === "period") {
      current = col.period;
      currentLabel = col.label;
      currentUnit = col.unit;
    } else if (col.role !== "ignored" || !col.blank) {
      current = null;
      continue;
    }
    if (!current) continue;
    const sub = cell ? subKind(cell) : "value";
    plan.columns[i] = sub
      ? // the period's unit is that of its value, not of the growth rate beside it
        { index: i, label: cell ? `${currentLabel} ${cell}` : currentLabel, role: "period", period: current, sub, unit: sub === "value" ? currentUnit : null }
      : { index: i, label: `${currentLabel} ${cell}`, role: "ignored", blank: false };
    if (i + 1 > plan.width) plan.width = i + 1;
  }
  plan.periods = plan.columns.filter((c): c is Extract<Column, { role: "period" }> => c.role === "period");
  return true;
}

const NAMES: Record<string, [string, string]> = {
  indicator: ["指标（指标代码或指标名称）", "indicator (indicator_code or indicator)"],
  region: ["地区（地区代码或地区名称）", "region (region_code or region)"],
  period: ["时期", "period"],
  value: ["数值", "value"],
};

/** Required columns the plan lacks (after preamble defaults), in the user's language. */
export function missingColumns(plan: HeaderPlan, pre: Preamble, locale: Locale): string[] {
  const l = plan.labels;
  const need: string[] = [];
  const hasInd = Boolean(l.indicatorCode || l.indicatorName || pre.indicator || plan.indicators.length);
  const hasRegion = Boolean(l.regionCode || l.regionName || pre.region);
  if (plan.layout === "long") {
    if (!hasInd) need.push("indicator");
    if (!hasRegion) need.push("region");
    if (!l.period && !pre.period) need.push("period");
    if (!l.value && !l.growth) need.push("value");
  } else if (plan.periods.length) {
    if (!hasInd) need.push("indicator");
  } else if (!l.period && !pre.period) need.push("period");
  return need.map((k) => NAMES[k][locale === "en" ? 1 : 0]);
}
