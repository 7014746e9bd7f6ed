// The quality checks of an upload, as they were before rules became data: the default rule set
// (lib/rules/defaults.ts) run by the one rule engine (lib/rules/evaluate.ts). Warnings only.
// Callers that read the bureau's rules from the database call evaluateRules themselves.
import type { PublishedValue } from "./quality-values";
import type { OutlierOptions } from "./quality-outlier";
import type { IngestIndicator, IngestRegion, IngestWarning, Locale, QualitySummary } from "./types";
import { DEFAULT_RULES } from "@/lib/rules/defaults";
import { asWarnings, evaluateRules } from "@/lib/rules/evaluate";
import type { Rule } from "@/lib/rules/params";

export type QualityOptions = {
  /** Districts vs city total, % of the total (default 1). */
  sumTolerancePct?: number;
  /** Parts vs their total, % of the total (default 1). */
  partsTolerancePct?: number;
  /** Stated vs computed growth, percentage points (default 1). */
  growthTolerancePp?: number;
  /** Quarter-on-quarter change, %, when the indicator has no jumpThreshold (default 50). */
  defaultJumpPct?: number;
  /** The magnitude check against the series' published values (quality-outlier.ts). */
  outlier?: Partial<OutlierOptions>;
};

export type QualityInput = {
  summary: QualitySummary;
  published: PublishedValue[];
  indicators: IngestIndicator[];
  regions: IngestRegion[];
  locale: Locale;
  options?: QualityOptions;
};

/** The default rules with the thresholds of `options` (tests and callers without a database). */
export function defaultRulesWith(o: QualityOptions = {}): Rule[] {
  return DEFAULT_RULES.map((r): Rule => {
    const p = r.params;
    switch (p.check) {
      case "districts_sum":
        return o.sumTolerancePct !== undefined ? { ...r, params: { ...p, tolerancePct: String(o.sumTolerancePct) } } : r;
      case "parts_sum":
        return o.partsTolerancePct !== undefined ? { ...r, params: { ...p, tolerancePct: String(o.partsTolerancePct) } } : r;
      case "growth_consistency":
        return o.growthTolerancePp !== undefined ? { ...r, params: { ...p, tolerancePp: String(o.growthTolerancePp) } } : r;
      case "qoq_jump":
        return o.defaultJumpPct !== undefined ? { ...r, params: { ...p, defaultPct: String(o.defaultJumpPct) } } : r;
      case "magnitude":
        return o.outlier ? { ...r, params: { ...p, ...o.outlier } } : r;
      default:
        return r;
    }
  });
}

export function runQualityChecks(input: QualityInput): IngestWarning[] {
  return asWarnings(evaluateRules({ ...input, rules: defaultRulesWith(input.options) }));
}
