import { afterAll, describe, expect, it } from "vitest";
import { addBatchValue, newTestIndicator } from "@/lib/catalogue/test-db-helpers";
import { setIndicatorRetired } from "@/lib/catalogue/save-indicator";
import { SYSTEM_CONTEXT } from "@/lib/audit/write-audit";
import { testPool, testPrisma } from "@/lib/test/db";
import { requestClock } from "./clock";
import { findOverdue } from "./find-overdue";
import { loadSchedule } from "./load-schedule";

describe("reporting schedule in the database", () => {
  afterAll(async () => {
    await testPrisma().$disconnect();
    await testPool().end();
  });

  it("follows each indicator from overdue to received, approved and released", async () => {
    const { id, fields } = await newTestIndicator({ dueDays: 20, departmentCode: "comms" });
    const now = new Date("2025-12-20T04:00:00Z"); // 2025Q3 was due 2025-10-20, 2025Q2 on 2025-07-20
    const overdue = (await findOverdue(now, testPool())).filter((i) => i.code === fields.code);
    expect(overdue.map((i) => [i.period, i.dueDate, i.daysOverdue, i.department?.code])).toEqual([
      ["2025Q2", "2025-07-20", 153, "comms"],
      ["2025Q3", "2025-10-20", 61, "comms"],
    ]);

    await addBatchValue(testPool(), id, "2025Q3", "STAGED");
    await addBatchValue(testPool(), id, "2025Q2", "APPROVED", new Date("2025-08-01T01:30:00Z"));
    const clock = requestClock("2025-07-25", true); // before that release time: approved, not released
    const at = (c: typeof clock) => loadSchedule(testPool(), c).then((items) => items.filter((i) => i.code === fields.code).map((i) => [i.slot, i.period, i.status]));
    expect(await at(requestClock("2025-12-20", true))).toEqual([
      ["current", "2025Q3", "received"],
      ["previous", "2025Q2", "released"],
    ]);
    expect(await at(clock)).toEqual([
      ["current", "2025Q2", "approved"],
      ["previous", "2025Q1", "overdue"],
    ]);
    expect((await findOverdue(now, testPool())).some((i) => i.code === fields.code)).toBe(false);

    // retired indicators are no longer collected
    await setIndicatorRetired(fields.code, true, SYSTEM_CONTEXT);
    expect(await at(requestClock("2025-12-20", true))).toEqual([]);
  });
});
