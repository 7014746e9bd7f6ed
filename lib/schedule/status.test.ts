import { describe, expect, it } from "vitest";
import { buildSchedule, receiptKey, summariseByDepartment, type ScheduleSource } from "./build-schedule";
import { daysOverdue, scheduleStatus } from "./status";

const none = undefined;
const got = (over: Partial<{ released: boolean; approved: boolean; received: boolean; regions: number }>) => ({ released: false, approved: false, received: false, regions: 1, ...over });

describe("schedule status", () => {
  it("what has arrived wins over the calendar", () => {
    expect(scheduleStatus(got({ released: true, approved: true }), "2025-01-01", "2025-06-01")).toBe("released");
    expect(scheduleStatus(got({ approved: true }), "2025-01-01", "2025-06-01")).toBe("approved");
    expect(scheduleStatus(got({ received: true }), "2025-01-01", "2025-06-01")).toBe("received");
  });

  it("nothing received: overdue from the day after the due date, due soon within 7 days", () => {
    expect(scheduleStatus(none, "2025-10-25", "2025-10-25")).toBe("dueSoon"); // the due day is on time
    expect(scheduleStatus(none, "2025-10-25", "2025-10-26")).toBe("overdue");
    expect(scheduleStatus(none, "2025-10-25", "2025-10-18")).toBe("dueSoon");
    expect(scheduleStatus(none, "2025-10-25", "2025-10-17")).toBe("notDue");
    expect(daysOverdue("overdue", "2025-10-25", "2025-11-04")).toBe(10);
    expect(daysOverdue("received", "2025-10-25", "2025-11-04")).toBe(0);
  });
});

describe("schedule assembly", () => {
  const dep = { id: 3, code: "comms", nameZh: "通信管理局", nameEn: "Comms" };
  const sources: ScheduleSource[] = [
    { id: 1, code: "DE001", nameZh: "a", nameEn: "a", frequency: "QUARTER", measureType: "CUMULATIVE", dueDays: 25, department: null, regionsExpected: 14 },
    { id: 2, code: "DE024", nameZh: "b", nameEn: "b", frequency: "MONTH", measureType: "STOCK", dueDays: 15, department: dep, regionsExpected: 14 },
  ];

  it("gives each indicator its current and previous period with status and coverage", () => {
    const receipts = new Map([[receiptKey(1, "2025Q3"), got({ received: true, regions: 3 })]]);
    const items = buildSchedule(sources, receipts, "2025-12-20");
    expect(items.map((i) => [i.code, i.slot, i.period, i.status, i.daysOverdue, i.regionsReceived])).toEqual([
      ["DE001", "current", "2025Q3", "received", 0, 3],
      ["DE001", "previous", "2025Q2", "overdue", 148, 0],
      ["DE024", "current", "2025M11", "overdue", 5, 0],
      ["DE024", "previous", "2025M10", "overdue", 35, 0],
    ]);
    const summary = summariseByDepartment(items);
    expect(summary.map((s) => s.department?.code ?? null)).toEqual(["comms", null]);
    expect(summary[0].counts.current.overdue).toBe(1);
    expect(summary[1].counts.current.received).toBe(1);
  });
});
