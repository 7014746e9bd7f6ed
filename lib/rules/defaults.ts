// The default rule set: today's fixed quality checks (lib/ingest/quality.ts before rules were
// data) as rules, all 提示性 (INFO: shown, never blocking, no explanation needed), so that a
// database without any change by an administrator behaves as before. The migration
// validation_rules seeds the same rows; lib/rules/defaults.test.ts checks they agree.
import type { Rule } from "./params";

const r = (id: number, code: string, nameZh: string, nameEn: string, params: Rule["params"], active = true, severity: Rule["severity"] = "INFO"): Rule => ({
  id,
  code,
  version: 1,
  nameZh,
  nameEn,
  scope: "*",
  severity,
  active,
  params,
});

export const DEFAULT_RULES: Rule[] = [
  r(1, "DISTRICT_SUM", "区县合计等于全市", "Districts sum to the city", { check: "districts_sum", tolerancePct: "1" }),
  r(2, "PARTS_SUM", "分项之和等于总量", "Parts sum to their total", { check: "parts_sum", tolerancePct: "1" }),
  r(3, "YTD_DECREASE", "累计值不下降", "Year-to-date does not fall", { check: "ytd_decrease" }),
  r(4, "QOQ_JUMP", "环比变动阈值", "Change on the previous period", { check: "qoq_jump", defaultPct: "50" }),
  r(5, "GROWTH_CONSISTENT", "增速与总量一致", "Growth agrees with its level", { check: "growth_consistency", tolerancePp: "1" }),
  r(6, "MAGNITUDE", "数量级与序列相符", "Magnitude in line with the series", { check: "magnitude", factor: 10, window: 8, minPool: 3 }),
  // new kinds, seeded inactive: an administrator turns them on (and chooses their scope)
  r(7, "YOY_BAND", "与上年同期相比", "Against the same period last year", { check: "yoy_band", pct: "30" }, false, "SOFT"),
  r(8, "RANGE", "数值范围", "Valid range", { check: "range", min: "0", max: null }, false, "HARD"),
];
