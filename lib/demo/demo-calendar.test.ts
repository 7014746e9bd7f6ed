// The demo's calendar on every day of four years: what a bureau's reporting schedule and release
// calendar would show whatever day the demo is started on (generate.test.ts checks whole demos
// on a few days; this checks the calendar alone, day by day).
import { describe, expect, it } from "vitest";
import { referenceIndicators } from "@/lib/reference/load-reference";
import { buildSchedule, receiptKey, type ScheduleSource } from "@/lib/schedule/build-schedule";
import type { Receipt } from "@/lib/schedule/status";
import { isoDate, mustParsePeriod, periodEnd } from "@/lib/period";
import { LATE_INDICATOR, STREAMS, planCalendar } from "./demo-calendar";
import { isWorkingDay, nextWorkingDay } from "./working-days";

const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86400_000);

const FROM = "2025-01-01";
const TO = "2028-12-31"; // four years, one with a 29 February
const plan = planCalendar(2023, addDays(TO, 200));
const specs = referenceIndicators();
const sources: ScheduleSource[] = specs.map((s, i) => ({
  id: i + 1, code: s.code, nameZh: s.nameZh, nameEn: s.nameEn, frequency: s.frequency, measureType: s.measureType,
  dueDays: s.dueDays, department: null, regionsExpected: 14,
}));
const idOf = new Map(sources.map((s) => [s.code, s.id]));
// (indicator, period) → when it arrives, is approved and released (first publication only)
const events = new Map<string, { received: string; reviewed: string; day: string }>();
for (const r of plan) for (const b of r.batches) for (const c of b.contents) if (!r.revision) events.set(receiptKey(idOf.get(c.indicator)!, c.period), { received: b.received, reviewed: b.reviewed, day: r.day });

function scheduleOn(today: string) {
  // only the pairs the schedule asks about are looked up
  const receipts = {
    get(k: string): Receipt | undefined {
      const e = events.get(k);
      return e && e.received < today ? { released: e.day < today, approved: e.reviewed < today, received: true, regions: 14 } : undefined;
    },
  } as ReadonlyMap<string, Receipt>;
  return buildSchedule(sources, receipts, today);
}

describe("the demo calendar, day by day", () => {
  const days: string[] = [];
  for (let d = FROM; d <= TO; d = addDays(d, 1)) days.push(d);

  it("the reporting schedule always has exactly one overdue return, the late one, and returns due within the week", () => {
    const wrong: string[] = [];
    let twoOrMore = 0;
    for (const d of days) {
      const items = scheduleOn(d);
      const overdue = items.filter((i) => i.status === "overdue");
      if (overdue.length !== 1 || overdue[0].code !== LATE_INDICATOR) wrong.push(`${d}: overdue ${overdue.map((i) => `${i.code} ${i.period}`)}`);
      const soon = items.filter((i) => i.status === "dueSoon").length;
      if (soon === 0) wrong.push(`${d}: nothing due this week`);
      if (soon >= 2) twoOrMore++;
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(twoOrMore / days.length).toBeGreaterThan(0.9);
  }, 30_000);

  it("some approved batch always waits under embargo, for a release at most three weeks away (usually under two)", () => {
    const gaps = days.map((d) => {
      const next = plan.filter((r) => r.day >= d && r.batches.some((b) => b.reviewed < d)).map((r) => r.day).sort()[0];
      return next ? daysBetween(d, next) : Infinity;
    });
    expect(Math.max(...gaps)).toBeLessThanOrEqual(21);
    expect(gaps.filter((g) => g <= 14).length / gaps.length).toBeGreaterThan(0.95);
  });

  it("the next quarter's core release is always on the calendar within 120 days", () => {
    for (const d of days.filter((_, i) => i % 7 === 0)) {
      const next = plan.find((r) => r.stream === "core" && r.day >= d);
      expect(daysBetween(d, next!.day), d).toBeLessThanOrEqual(120);
    }
  });

  it("releases fall on working days, after every batch in them is approved, within their stream's window", () => {
    for (const r of plan) {
      expect(isWorkingDay(r.day), r.key).toBe(true);
      for (const b of r.batches) {
        expect(b.received < b.reviewed, b.key).toBe(true);
        expect(isWorkingDay(b.reviewed), b.key).toBe(true);
        expect(b.reviewed < r.day, b.key).toBe(true);
      }
    }
    // within the window, or the first working day after it when the window was all holidays or before the last review
    for (const r of plan.filter((x) => !x.revision)) {
      const s = STREAMS.find((x) => x.key === r.stream)!;
      const p = mustParsePeriod(r.period);
      const end = isoDate(periodEnd(p));
      const [lo, hi] = s.window(p);
      const lastReview = r.batches.map((b) => b.reviewed).sort().at(-1)!;
      expect(daysBetween(end, r.day), r.key).toBeGreaterThanOrEqual(lo);
      if (daysBetween(end, r.day) > hi) {
        for (let k = lo; k <= hi; k++) expect(isWorkingDay(addDays(end, k)) && addDays(end, k) > lastReview, `${r.key} could have been on day ${k}`).toBe(false);
      }
    }
  });

  it("each batch arrives on its indicators' deadline, and the late indicator's on the next month's", () => {
    const due = new Map(specs.map((s) => [s.code, s.dueDays]));
    for (const r of plan.filter((x) => !x.revision).slice(0, 200)) {
      for (const b of r.batches) {
        const c = b.contents[0];
        if (b.late) {
          expect(c.indicator).toBe(LATE_INDICATOR);
          expect(c.period < r.period).toBe(true);
        }
        const p = b.late ? r.period : c.period;
        const [y, m] = [Number(p.slice(0, 4)), p.includes("M") ? Number(p.slice(5)) : p.includes("Q") ? Number(p.slice(5)) * 3 : 12];
        const end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
        expect(b.received, b.key).toBe(addDays(end, due.get(c.indicator)!));
      }
    }
  });

  it("working days skip weekends and the long holidays", () => {
    expect(isWorkingDay("2026-12-07")).toBe(true); // a Monday
    expect(isWorkingDay("2026-12-06")).toBe(false); // a Sunday
    expect(isWorkingDay("2026-10-05")).toBe(false); // National Day week
    expect(isWorkingDay("2026-02-18")).toBe(false); // Spring Festival
    expect(nextWorkingDay("2026-09-30")).toBe("2026-10-08");
  });
});
