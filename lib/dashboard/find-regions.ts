import "server-only";
import type { Queryable } from "@/lib/db/queryable";
import { pool } from "@/lib/db";

export type RegionRow = { code: string; nameZh: string; nameEn: string; kind: "CITY" | "DISTRICT" | "COUNTY" | "COUNTY_CITY" };

/** The city first, then the 13 county-level units in their official order. */
export async function findRegions(q: Queryable = pool()): Promise<RegionRow[]> {
  const { rows } = await q.query(`SELECT code, name_zh, name_en, kind FROM region ORDER BY sort_order, code`);
  return rows.map((r) => ({ code: r.code, nameZh: r.name_zh, nameEn: r.name_en, kind: r.kind }));
}
