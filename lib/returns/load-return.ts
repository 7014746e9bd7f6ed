import "server-only";
// What an uploader's online return for one period holds: the indicators their department owes
// for it (the reporting schedule), the areas each covers, the figures already published for the
// previous period and the same period last year (the staff visibility query), and the draft.
import type { Actor } from "@/lib/auth/permissions";
import { loadIngestContext } from "@/lib/batches/ingest-context";
import type { Queryable } from "@/lib/db/queryable";
import type { PublishedValue } from "@/lib/ingest/quality-values";
import type { IngestContext, IngestIndicator, Locale } from "@/lib/ingest/types";
import type { Rule } from "@/lib/rules/params";
import { loadRules } from "@/lib/rules/load-rules";
import { mustParsePeriod, parsePeriodCode, periodCode, previousPeriod, samePeriodLastYear } from "@/lib/period";
import { findPublishedForStaff } from "@/lib/public/visible-observations";
import type { ScheduleItem } from "@/lib/schedule/build-schedule";
import { clockAt } from "@/lib/schedule/clock";
import { findReturnsDue } from "@/lib/schedule/returns-due";
import type { CellMap, Flag } from "./cells";

export type Published = { value: string | null; flag: Flag | null };
export type ReturnData = {
  period: string;
  previousPeriod: string;
  lastYearPeriod: string;
  /** The indicators due (in schedule order) and all regions: what the cell check validates against. */
  context: IngestContext;
  due: Pick<ScheduleItem, "indicatorId" | "dueDate" | "status">[];
  /** indicator id → region codes it is collected for. */
  coverage: Record<string, string[]>;
  /** `${indicatorId}|${regionCode}` → published figure. */
  previous: Record<string, Published>;
  lastYear: Record<string, Published>;
  draft: CellMap;
  /** finding key → the explanation saved with the draft */
  explanations: Record<string, string>;
  /** indicator id → the version of its saved draft (none: 0), which the next save names */
  draftVersions: Record<string, number>;
  /** What the bureau's rules read in the browser (lib/returns/return-rules.ts): the rules, the related indicators, their published values. */
  rules: Rule[];
  ruleIndicators: IngestIndicator[];
  rulePublished: PublishedValue[];
  draftSavedBy: { name: string | null; at: string } | null;
};

/** A canonical period code, or null (the page answers 404 for anything else). */
export function returnPeriod(text: string): string | null {
  const p = parsePeriodCode(text);
  return p && periodCode(p) === text ? text : null;
}

/** The returns of this period the actor owes (the same list as their home page). */
export async function dueForPeriod(q: Queryable, actor: Actor, period: string, now = new Date()): Promise<ScheduleItem[]> {
  return (await findReturnsDue(q, clockAt(now), actor.id)).filter((i) => i.period === period);
}

export async function loadReturn(q: Queryable, actor: Actor, period: string, locale: Locale, now = new Date()): Promise<ReturnData | null> {
  const due = await dueForPeriod(q, actor, period, now);
  if (!due.length) return null;
  const ids = due.map((d) => d.indicatorId);
  const full = await loadIngestContext(q, locale);
  const byId = new Map(full.indicators.map((i) => [i.id, i]));
  const context: IngestContext = { locale, regions: full.regions, indicators: ids.map((id) => byId.get(id)!).filter(Boolean) };
  // the indicators the rules relate the due ones to: their totals and parts, the levels of growth rates
  const dueIds = new Set(ids);
  const related = full.indicators.filter(
    (i) => dueIds.has(i.id) || (i.partOfId != null && dueIds.has(i.partOfId)) || full.indicators.some((d) => dueIds.has(d.id) && (d.partOfId === i.id || d.growthOfId === i.id)),
  );
  const p = mustParsePeriod(period);
  const prev = periodCode(previousPeriod(p));
  const ly = periodCode(samePeriodLastYear(p));
  const [cov, prevRows, lyRows, drafts, rules, history] = await Promise.all([
    q.query<{ indicator_id: number; region_code: string }>(`SELECT indicator_id, region_code FROM indicator_region WHERE indicator_id = ANY($1::int[])`, [ids]),
    findPublishedForStaff(q, { indicatorIds: ids, from: prev, to: prev }),
    findPublishedForStaff(q, { indicatorIds: ids, from: ly, to: ly }),
    q.query<{ indicator_id: number; cells: CellMap[string]; explanations: Record<string, string>; version: number; name: string | null; updated_at: Date }>(
      `SELECT d.indicator_id, d.cells, d.explanations, d.version, u.display_name AS name, d.updated_at FROM return_draft d LEFT JOIN "user" u ON u.id = d.updated_by
       WHERE d.indicator_id = ANY($1::int[]) AND d.period = $2 ORDER BY d.updated_at DESC`,
      [ids, period],
    ),
    loadRules(q),
    findPublishedForStaff(q, { indicatorIds: related.map((i) => i.id) }),
  ]);
  const coverage: Record<string, string[]> = {};
  for (const id of ids) {
    const own = cov.rows.filter((r) => r.indicator_id === id).map((r) => r.region_code);
    coverage[id] = own.length ? full.regions.map((r) => r.code).filter((c) => own.includes(c)) : full.regions.map((r) => r.code);
  }
  const keyed = (rows: { indicatorId: number; regionCode: string; period: string; value: string | null; flag: Flag | null }[], code: string) =>
    Object.fromEntries(rows.filter((r) => r.period === code).map((r) => [`${r.indicatorId}|${r.regionCode}`, { value: r.value, flag: r.flag }]));
  const draft: CellMap = {};
  const explanations: Record<string, string> = {};
  const draftVersions: Record<string, number> = {};
  for (const d of drafts.rows) {
    draft[d.indicator_id] = d.cells;
    Object.assign(explanations, d.explanations);
    draftVersions[d.indicator_id] = d.version;
  }
  const last = drafts.rows[0];
  return {
    period,
    previousPeriod: prev,
    lastYearPeriod: ly,
    context,
    due: due.map((d) => ({ indicatorId: d.indicatorId, dueDate: d.dueDate, status: d.status })),
    coverage,
    previous: keyed(prevRows, prev),
    lastYear: keyed(lyRows, ly),
    draft,
    explanations,
    draftVersions,
    rules: rules.filter((r) => r.active),
    ruleIndicators: related,
    rulePublished: history.filter((h) => h.value !== null).map((h) => ({ indicatorId: h.indicatorId, regionCode: h.regionCode, period: h.period, value: h.value! })),
    draftSavedBy: last ? { name: last.name, at: last.updated_at.toISOString() } : null,
  };
}
