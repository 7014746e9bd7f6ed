// Periods of the demo data as the database holds them on the day the e2e server started (the
// demo is generated for that day: lib/demo). Tests derive the periods they use from here, so
// that they hold whatever the date.
import { mustParsePeriod, periodCode, periodLabelEn, periodLabelZh, shiftPeriod, type Period } from "../../lib/period";
import { testDb } from "./db";

/** The periods of an indicator released in the city by `asOf`, oldest first (the public visibility rule, read directly). */
export async function releasedPeriods(code: string, asOf: Date = new Date()): Promise<string[]> {
  const { rows } = await testDb().query<{ period: string }>(
    `SELECT DISTINCT o.period, o.period_end
     FROM observation o JOIN batch b ON b.id = o.batch_id AND b.status = 'APPROVED'
     JOIN release r ON r.id = b.release_id AND r.cancelled_at IS NULL AND r.release_at <= $2
     JOIN indicator i ON i.id = o.indicator_id AND i.code = $1
     WHERE o.region_code = '210100' ORDER BY o.period_end`,
    [code, asOf],
  );
  return rows.map((r) => r.period);
}

export async function latestReleased(code: string, asOf: Date = new Date()): Promise<string> {
  const all = await releasedPeriods(code, asOf);
  if (!all.length) throw new Error(`no released data for ${code}`);
  return all.at(-1)!;
}

export const shift = (period: string, by: number): string => periodCode(shiftPeriod(mustParsePeriod(period), by));

/**
 * A quarter no demo batch holds and no planned release names: three after the latest released
 * core quarter (its release lies at least six months ahead, beyond the demo's 120-day calendar),
 * or later by `extra` quarters, so that specs approving values for it do not meet each other.
 */
export async function futureQuarter(extra = 0): Promise<string> {
  return shift(await latestReleased("DE001"), 3 + extra);
}

/** Every way a page or file may write a period: its code and its Chinese and English labels. */
export function periodMarks(period: string): string[] {
  const p: Period = mustParsePeriod(period);
  return [...new Set([period, periodLabelZh(p), periodLabelZh(p, "ytd"), periodLabelEn(p), periodLabelEn(p, "ytd")])];
}

export const beijingToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
export const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);
