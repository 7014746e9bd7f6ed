// The bureau's rules (lib/rules/evaluate.ts) on an online return: the grid runs this in the
// browser at every change, and submission runs it on the server with the same inputs, so the
// reporter sees exactly what will block or need an explanation. Pure.
import type { PublishedIndex, PublishedValue } from "@/lib/ingest/quality-values";
import type { IngestContext, IngestIndicator, QualityRow } from "@/lib/ingest/types";
import { evaluateRules, type Evaluation, type Finding } from "@/lib/rules/evaluate";
import type { Rule } from "@/lib/rules/params";
import { checkAll, type CellMap } from "./cells";

export type ReturnRulesInput = {
  context: IngestContext;
  /** the due indicators and those the rules relate them to (parts, totals, levels of growth rates) */
  indicators: IngestIndicator[];
  published: PublishedValue[] | PublishedIndex;
  rules: Rule[];
};

/** The return's checked values as the rows the engine reads (flags without a value are not compared). */
export function returnRows(context: IngestContext, period: string, cells: CellMap): QualityRow[] {
  return checkAll(context, period, cells)
    .rows.filter((r) => r.value !== null)
    .map((r) => ({ indicatorId: r.indicatorId, regionCode: r.regionCode, period: r.period, value: r.value!, line: r.line }));
}

export function evaluateReturn(input: ReturnRulesInput, period: string, cells: CellMap): Evaluation {
  return evaluateRows(input, returnRows(input.context, period, cells));
}

/** The same, on rows already checked (the grid checks each box once per change and reuses them). */
export function evaluateRows(input: ReturnRulesInput, rows: QualityRow[]): Evaluation {
  return evaluateRules({ summary: { rows, truncated: false }, published: input.published, indicators: input.indicators, regions: input.context.regions, rules: input.rules, locale: input.context.locale });
}

/** Findings by box (`indicatorId|regionCode`), in rule order. */
export function findingsByBox(findings: Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = `${f.indicatorId}|${f.regionCode}`;
    out.set(k, [...(out.get(k) ?? []), f]);
  }
  return out;
}

/** Soft findings without an explanation (explanations by finding key). */
export function missingExplanations(findings: Finding[], explanations: Record<string, string>): Finding[] {
  return findings.filter((f) => f.severity === "SOFT" && !explanations[f.key]?.trim());
}
