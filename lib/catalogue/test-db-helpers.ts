// Helpers for the catalogue and schedule database tests: an indicator of the test's own
// (unique code), and a batch of one value for it in a given state. Never used by the app.
import type pg from "pg";
import { SYSTEM_CONTEXT } from "@/lib/audit/write-audit";
import { unique } from "@/lib/test/db";
import { isoDate, mustParsePeriod, periodEnd } from "@/lib/period";
import type { IndicatorFields } from "./fields";
import { createIndicator } from "./save-indicator";

export function testFields(over: Partial<IndicatorFields> = {}): IndicatorFields {
  return {
    code: unique("T").toUpperCase().slice(0, 20),
    nameZh: "测试指标",
    nameEn: "Test indicator",
    unit: "亿元",
    frequency: "QUARTER",
    frequencyNote: null,
    measureType: "CUMULATIVE",
    decimals: 2,
    articleRef: "第十九条",
    categoryCodes: ["01"],
    emerging: [],
    definition: "按法人单位统计",
    methodNotes: null,
    definitionEn: null,
    methodNotesEn: null,
    sourceNote: null,
    sourceNoteEn: null,
    internalNotes: null,
    departmentCode: "stats",
    regionCodes: [],
    dueDays: 20,
    higherIsBetter: true,
    minValue: "0",
    maxValue: null,
    retired: false,
    ...over,
  };
}

export async function newTestIndicator(over: Partial<IndicatorFields> = {}): Promise<{ id: number; fields: IndicatorFields }> {
  const fields = testFields(over);
  const id = await createIndicator(fields, SYSTEM_CONTEXT);
  return { id, fields };
}

/** One city value of `period` in a batch of `status`; APPROVED batches get a release at `releaseAt`. */
export async function addBatchValue(
  pool: pg.Pool,
  indicatorId: number,
  period: string,
  status: "STAGED" | "SUBMITTED" | "APPROVED",
  releaseAt: Date | null = null,
): Promise<number> {
  let releaseId: number | null = null;
  if (status === "APPROVED" && releaseAt) {
    const r = await pool.query(`INSERT INTO release (title_zh, release_at, updated_at) VALUES ('测试发布', $1, now()) RETURNING id`, [releaseAt]);
    releaseId = r.rows[0].id;
  }
  const b = await pool.query(`INSERT INTO batch (file_name, checksum, status, release_id) VALUES ('test.csv', $1, $2, $3) RETURNING id`, [
    unique("sum"),
    status,
    releaseId,
  ]);
  await pool.query(
    `INSERT INTO observation (batch_id, indicator_id, region_code, period, period_end, value) VALUES ($1, $2, '210100', $3, $4, 1)`,
    [b.rows[0].id, indicatorId, period, isoDate(periodEnd(mustParsePeriod(period)))],
  );
  return b.rows[0].id;
}
