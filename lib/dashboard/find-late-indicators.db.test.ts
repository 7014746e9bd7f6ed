// "Data late" dates each late indicator by its latest released value, reading the last few
// years first (issue 21): an indicator whose latest value is older must still be dated by it,
// and a withheld value never dates one (the public cannot see it).
import { afterAll, describe, expect, it } from "vitest";
import { addBatchValue, newTestIndicator } from "@/lib/catalogue/test-db-helpers";
import { pool } from "@/lib/db";
import { findLateIndicators } from "./find-late-indicators";

describe("late indicators on the dashboard", () => {
  afterAll(async () => {
    await pool().end();
  });

  it("dates each by its latest released value, however old, never by a withheld or unreleased one", async () => {
    const DAY = 86400_000;
    const released = new Date(Date.now() - DAY);
    const old = await newTestIndicator({ dueDays: 20 });
    const recent = await newTestIndicator({ dueDays: 20 });
    const none = await newTestIndicator({ dueDays: 20 });
    await addBatchValue(pool(), old.id, "2012Q2", "APPROVED", released);
    await addBatchValue(pool(), recent.id, "2012Q2", "APPROVED", released);
    await addBatchValue(pool(), recent.id, "2025Q4", "APPROVED", released);
    const withheld = await addBatchValue(pool(), recent.id, "2026Q1", "APPROVED", released);
    await pool().query(`UPDATE observation SET flag = 'CONFIDENTIAL' WHERE batch_id = $1`, [withheld]);
    await addBatchValue(pool(), recent.id, "2026Q2", "APPROVED", new Date(Date.now() + 30 * DAY));
    await addBatchValue(pool(), none.id, "2026Q1", "SUBMITTED");

    const late = await findLateIndicators(new Date());
    const latest = (code: string) => late.find((l) => l.code === code)?.latestPeriod;
    expect(late.map((l) => l.code)).toEqual(expect.arrayContaining([old.fields.code, recent.fields.code, none.fields.code]));
    expect(latest(old.fields.code)).toBe("2012Q2");
    expect(latest(recent.fields.code)).toBe("2025Q4");
    expect(latest(none.fields.code)).toBeNull();
  });
});
