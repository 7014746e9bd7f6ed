// What a validation rule (审核规则) checks and with which thresholds: one zod schema per check,
// grouped by the kinds national practice uses — 表内 (range, relation), 表间 (cross) and 历史
// (history). Pure: the admin form, the loader and the engine validate with the same schema.
import { z } from "zod";

const DEC = /^-?\d{1,18}(\.\d{1,6})?$/;
const dec = (what: string) => z.string().regex(DEC, `${what} 须为十进制数 / ${what} must be a decimal number`);
const pct = (what: string) => dec(what).refine((s) => !s.startsWith("-"), `${what} 不能为负 / ${what} cannot be negative`);

export const ZRuleParams = z.discriminatedUnion("check", [
  // 表内: each value within [min, max] (either end may be absent)
  z
    .object({ check: z.literal("range"), min: dec("min").nullable().default(null), max: dec("max").nullable().default(null) })
    .strict()
    .refine((p) => p.min !== null || p.max !== null, "range 须至少给出 min 或 max / range needs min or max"),
  // 表内: the districts sum to the city (additive measures)
  z.object({ check: z.literal("districts_sum"), tolerancePct: pct("tolerancePct") }).strict(),
  // 表内: the parts (DE004+DE005+DE006+DE007) sum to their total (DE001), from the catalogue's part_of
  z.object({ check: z.literal("parts_sum"), tolerancePct: pct("tolerancePct") }).strict(),
  // 表间: a stated growth rate against the one computed from its level indicator
  z.object({ check: z.literal("growth_consistency"), tolerancePp: pct("tolerancePp") }).strict(),
  // 历史: a year-to-date figure never falls within a year
  z.object({ check: z.literal("ytd_decrease") }).strict(),
  // 历史: change on the previous period beyond a threshold (the indicator's own jump threshold wins)
  z.object({ check: z.literal("qoq_jump"), defaultPct: pct("defaultPct") }).strict(),
  // 历史: the same period last year ± pct
  z.object({ check: z.literal("yoy_band"), pct: pct("pct") }).strict(),
  // 历史: a magnitude far from the series' published values
  z
    .object({ check: z.literal("magnitude"), factor: z.number().gt(1), window: z.number().int().min(1).max(40), minPool: z.number().int().min(1).max(100) })
    .strict(),
]);

export type RuleParams = z.infer<typeof ZRuleParams>;
export type RuleCheck = RuleParams["check"];

/** The kind each check belongs to: one place, so a rule's kind cannot disagree with its check. */
export const KIND_OF: Record<RuleCheck, RuleKind> = {
  range: "range",
  districts_sum: "relation",
  parts_sum: "relation",
  growth_consistency: "cross",
  ytd_decrease: "history",
  qoq_jump: "history",
  yoy_band: "history",
  magnitude: "history",
};

export const RULE_KINDS = ["range", "relation", "cross", "history"] as const;
export type RuleKind = (typeof RULE_KINDS)[number];
export const SEVERITIES = ["HARD", "SOFT", "INFO"] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Scope: "*" (every indicator) or indicator codes separated by commas (a group). */
export const ZScope = z
  .string()
  .trim()
  .transform((s) => (s === "*" ? "*" : s.split(/[\s,，、]+/).filter(Boolean).map((c) => c.toUpperCase()).join(",")))
  .pipe(z.string().regex(/^(\*|[A-Z0-9_]{1,32}(,[A-Z0-9_]{1,32})*)$/, "范围须为 * 或逗号分隔的指标代码 / scope must be * or indicator codes"));

/** A rule as the engine reads it (the current version of a validation_rule row). */
export type Rule = {
  id: number;
  code: string;
  version: number;
  nameZh: string;
  nameEn: string;
  scope: string;
  severity: Severity;
  active: boolean;
  params: RuleParams;
};

export function inScope(rule: Pick<Rule, "scope">, indicatorCode: string): boolean {
  return rule.scope === "*" || rule.scope.split(",").includes(indicatorCode);
}
