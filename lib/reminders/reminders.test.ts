import { describe, expect, it } from "vitest";
import type { ScheduleItem } from "@/lib/schedule/build-schedule";
import { composeReminder } from "./compose-reminder";
import { outstandingByDepartment } from "./outstanding";

const dep = (id: number, code: string) => ({ id, code, nameZh: `部门${code}`, nameEn: `Dept ${code}` });
const item = (over: Partial<ScheduleItem>): ScheduleItem => ({
  indicatorId: 1,
  code: "DE001",
  nameZh: "数字经济核心产业增加值",
  nameEn: "Core value added",
  frequency: "QUARTER",
  department: dep(1, "stats"),
  slot: "current",
  period: "2026Q3",
  dueDate: "2026-10-20",
  status: "overdue",
  daysOverdue: 47,
  regionsReceived: 0,
  regionsExpected: 14,
  releaseAt: null,
  ...over,
});

describe("what a department owes", () => {
  it("keeps overdue and due-soon returns with nothing received, most overdue department first", () => {
    const out = outstandingByDepartment([
      item({ code: "DE001", daysOverdue: 3, department: dep(1, "stats") }),
      item({ code: "DE002", status: "received", daysOverdue: 0, department: dep(1, "stats") }),
      item({ code: "DE012", status: "dueSoon", daysOverdue: 0, dueDate: "2026-12-10", department: dep(2, "miit") }),
      item({ code: "DE013", daysOverdue: 30, department: dep(2, "miit") }),
      item({ code: "DE019", status: "notDue", daysOverdue: 0, department: dep(3, "comms") }),
      item({ code: "DE020", status: "released", daysOverdue: 0, department: dep(3, "comms") }),
      item({ code: "GDP", department: null }),
    ]);
    expect(out.map((o) => o.department.code)).toEqual(["miit", "stats"]);
    expect(out[0].items.map((i) => i.code)).toEqual(["DE013", "DE012"]);
    expect(out[1].items.map((i) => i.code)).toEqual(["DE001"]);
  });
});

describe("the reminder e-mail", () => {
  it("names each return, its period, due date and lateness, and links the online return of the period", () => {
    const [o] = outstandingByDepartment([item({}), item({ code: "DE004", nameZh: "数字产品制造业增加值", status: "dueSoon", daysOverdue: 0, period: "2026Q3", dueDate: "2026-12-10" })]);
    const mail = composeReminder(o, { today: "2026-12-06", siteUrl: "https://tj.example.org" });
    expect(mail.subject).toBe("【催报】部门stats：1 项数据已逾期未报");
    expect(mail.text).toContain("数字经济核心产业增加值（DE001）2026年第三季度，截止 2026-10-20，已逾期 47 天");
    expect(mail.text).toContain("数字产品制造业增加值（DE004）2026年第三季度，截止 2026-12-10，尚未报送");
    expect(mail.text).toContain("https://tj.example.org/returns/2026Q3");
    expect(mail.text).toContain("截至 2026-12-06");
  });

  it("calls a reminder of returns not yet late a reminder, not a 催报", () => {
    const [o] = outstandingByDepartment([item({ status: "dueSoon", daysOverdue: 0, dueDate: "2026-12-10" })]);
    expect(composeReminder(o, { today: "2026-12-06", siteUrl: "" }).subject).toBe("【报送提醒】部门stats：1 项数据即将到期");
  });
});
