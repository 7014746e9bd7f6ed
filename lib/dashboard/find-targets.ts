import "server-only";
// Targets as the dashboard and the targets page read them (values as exact strings).
import type { Queryable } from "@/lib/db/queryable";
import { pool } from "@/lib/db";
import { trimDecimal } from "@/lib/public/visible-observations";
import type { TargetRow } from "./target-view";

export type TargetListRow = TargetRow & { indicatorCode: string; indicatorNameZh: string; indicatorNameEn: string; unit: string; regionNameZh: string; regionNameEn: string };

const SQL = `
SELECT t.id, t.indicator_id, t.region_code, t.year, t.value::text AS value, t.base_year, t.base_value::text AS base_value,
       to_char(t.deadline, 'YYYY-MM-DD') AS deadline, t.source,
       i.code, i.name_zh, i.name_en, i.unit, r.name_zh AS region_zh, r.name_en AS region_en
FROM target t JOIN indicator i ON i.id = t.indicator_id JOIN region r ON r.code = t.region_code
ORDER BY i.sort_order, i.code, r.sort_order, t.year`;

export async function findTargets(q: Queryable = pool()): Promise<TargetListRow[]> {
  const { rows } = await q.query(SQL);
  return rows.map((r) => ({
    id: r.id,
    indicatorId: r.indicator_id,
    regionCode: r.region_code,
    year: r.year,
    value: trimDecimal(r.value)!,
    baseYear: r.base_year,
    baseValue: trimDecimal(r.base_value),
    deadline: r.deadline,
    source: r.source,
    indicatorCode: r.code,
    indicatorNameZh: r.name_zh,
    indicatorNameEn: r.name_en,
    unit: r.unit,
    regionNameZh: r.region_zh,
    regionNameEn: r.region_en,
  }));
}
