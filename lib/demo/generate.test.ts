// The demo generated on several days (one in each quarter, a year-end, and the day issue 16
// was filed) against what a bureau would hold on that day: released data stopping at the
// right period for each stream, upcoming releases on the calendar, the reporting schedule
// (returns due this week, exactly one overdue), and the demo's invariants (recomputed
// independently in demo-invariants.ts). The figures' magnitudes and the checkers fed broken
// data are in generate-values.test.ts.
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { mustParsePeriod, periodEnd } from "@/lib/period";
import {
  CATALOGUE,
  CITY,
  DISTRICTS,
  allViolations,
  checkDistrictsSumToCity,
  checkGdpShare,
  checkNoJanuaryForCumulative,
  checkPartsSumToTotal,
  checkRates,
  checkYearToDate,
  demoSchedule,
  expectedPeriods,
  indicatorsOf,
  key,
  regionsOf,
  series,
  spec,
  vintages,
  type Values,
} from "./demo-invariants";
import { isWorkingDay } from "./working-days";
import { CALENDAR_DAYS_AHEAD, LATE_INDICATOR, firstYearOf, generateDemo, latestReleasedPeriods, releasedBefore } from "./generate";

const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86400_000);

/**
 * What each stream has released by the start of the day, worked out from the calendar's rules
 * by hand (demo-calendar.ts): e.g. on 2026-12-06 the core industries' 前三季度 came out in late
 * October and the year's Q4 waits for February; the infrastructure counts of November come out
 * 7–10 days after the month; software and telecoms 36–40 days after; DE030 a month behind.
 */
const EXPECTED: Record<string, Record<string, string>> = {
  "2026-01-02": { core: "2025Q3", factor: "2025Q3", infra: "2025M11", industry: "2025M11", ict: "2025M10", late: "2025M10", annual: "2024" },
  "2026-04-10": { core: "2025Q4", factor: "2025Q4", infra: "2026M03", industry: "2026M02", ict: "2026M02", late: "2026M02", annual: "2025" },
  "2026-08-01": { core: "2026Q2", factor: "2026Q2", infra: "2026M06", industry: "2026M06", ict: "2026M05", late: "2026M05", annual: "2025" },
  "2026-11-15": { core: "2026Q3", factor: "2026Q3", infra: "2026M10", industry: "2026M09", ict: "2026M09", late: "2026M09", annual: "2025" },
  "2026-12-06": { core: "2026Q3", factor: "2026Q3", infra: "2026M10", industry: "2026M10", ict: "2026M09", late: "2026M09", annual: "2025" },
  "2026-12-31": { core: "2026Q3", factor: "2026Q3", infra: "2026M11", industry: "2026M11", ict: "2026M10", late: "2026M10", annual: "2025" },
};

const STREAM_OF: Record<string, string> = {};
for (const [stream, codes] of Object.entries({
  core: ["GDP", "DE001", "DE002", "DE003", "DE004", "DE005", "DE006", "DE007", "DE008", "DE009", "DE010", "DE011"],
  factor: ["DE025", "DE031", "DE032", "DE035", "DE036", "DE037", "DE038", "DE044", "DE053"],
  infra: ["DE024", "DE026", "DE027", "DE028", "DE029"],
  late: [LATE_INDICATOR],
  industry: ["DE015", "DE016", "DE017", "DE018", "DE023", "DE039", "DE047", "DE048", "DE049"],
  ict: ["DE012", "DE013", "DE014", "DE019", "DE020", "DE021"],
  annual: ["DE022", "DE033", "DE034", "DE040", "DE041", "DE042", "DE043", "DE045", "DE046", "DE050", "DE051", "DE052", "DE054", "DE055", "DE056"],
})) for (const c of codes) STREAM_OF[c] = stream;

const demos = new Map(Object.keys(EXPECTED).map((d) => [d, generateDemo(d)]));
const demo = demos.get("2026-12-06")!;
const { first, latest, count } = vintages(demo);
const releaseByKey = new Map(demo.releases.map((r) => [r.key, r]));
const batchByKey = new Map(demo.batches.map((b) => [b.key, b]));
const city = (v: Values, i: string, p: string) => v.get(key(i, CITY, p))!;

describe("the demo on several days", () => {
  for (const [today, want] of Object.entries(EXPECTED)) {
    const d = demos.get(today)!;

    it(`${today}: released data stop at the right period for every stream, and every indicator has some`, () => {
      const released = latestReleasedPeriods(d);
      expect([...released.keys()].sort()).toEqual([...CATALOGUE.keys()].sort());
      for (const [code, period] of released) expect(`${code} ${period}`).toBe(`${code} ${want[STREAM_OF[code]]}`);
    });

    it(`${today}: the calendar holds upcoming releases, one with an approved batch waiting within days, and the next quarter's`, () => {
      const upcoming = d.releases.filter((r) => !releasedBefore(r, today));
      expect(upcoming.length).toBeGreaterThanOrEqual(5);
      const waiting = upcoming.filter((r) => d.batches.some((b) => b.release === r.key && b.status === "APPROVED"));
      expect(waiting.length, "an approved batch under embargo").toBeGreaterThan(0);
      expect(days(today, waiting[0].releaseAt.slice(0, 10))).toBeLessThanOrEqual(21);
      // the next quarter's core release is planned (no data yet, or some waiting)
      const nextQuarter = upcoming.find((r) => r.stream === "core");
      expect(nextQuarter, "next core release").toBeDefined();
      expect(days(today, nextQuarter!.releaseAt.slice(0, 10))).toBeLessThanOrEqual(CALENDAR_DAYS_AHEAD);
      // nothing released is in the future, nothing planned is in the past
      for (const r of d.releases) expect(releasedBefore(r, today)).toBe(r.releaseAt.slice(0, 10) < today);
    });

    it(`${today}: the reporting schedule has returns due this week and exactly one overdue (${LATE_INDICATOR})`, () => {
      const items = demoSchedule(d);
      const overdue = items.filter((i) => i.status === "overdue");
      expect(overdue.map((i) => i.code)).toEqual([LATE_INDICATOR]);
      expect(overdue[0].daysOverdue).toBeGreaterThan(0);
      expect(overdue[0].daysOverdue).toBeLessThanOrEqual(31);
      expect(items.filter((i) => i.status === "dueSoon").length).toBeGreaterThanOrEqual(1);
      // whatever is past due has arrived, except the one late return
      for (const i of items.filter((x) => x.dueDate < today && x.code !== LATE_INDICATOR)) expect(["received", "approved", "released"], `${i.code} ${i.period}`).toContain(i.status);
    });

    it(`${today}: districts add up, parts add up to totals, YTD never falls, rates and growth hold (both vintages)`, () => {
      const v = vintages(d);
      expect(allViolations(v.latest).slice(0, 5)).toEqual([]);
      // first-published values (preliminary Q4s): everything but growth, which is measured
      // against the bases published by then
      expect([...checkDistrictsSumToCity(v.first), ...checkPartsSumToTotal(v.first), ...checkYearToDate(v.first), ...checkRates(v.first), ...checkGdpShare(v.first)].slice(0, 5)).toEqual([]);
    });

    it(`${today}: covers the city and its districts from ${firstYearOf(today)} in exactly each indicator's periods`, () => {
      const s = series(vintages(d).latest);
      const bad: string[] = [];
      for (const [ind, byRegion] of s) {
        if ([...byRegion.keys()].sort().join() !== [...regionsOf(ind)].sort().join()) bad.push(`${ind}: regions ${[...byRegion.keys()]}`);
        const last = [...byRegion.get(CITY)!].sort().at(-1)!;
        const want = expectedPeriods(ind, firstYearOf(today), last).join();
        for (const [r, periods] of byRegion) if ([...periods].sort().join() !== want) bad.push(`${ind} ${r}: ${[...periods].sort().join()}`);
      }
      expect(bad.slice(0, 3)).toEqual([]);
      expect(d.observations.filter((o) => Number(o.period.slice(0, 4)) < firstYearOf(today))).toEqual([]);
    });
  }

  it("a later day is an earlier day plus what has happened since: nothing released changes", () => {
    const pairs = [["2026-01-02", "2026-04-10"], ["2026-04-10", "2026-08-01"], ["2026-11-15", "2026-12-06"], ["2026-12-06", "2026-12-31"]];
    for (const [a, b] of pairs) {
      const [da, db] = [demos.get(a)!, demos.get(b)!];
      const relB = new Map(db.releases.map((r) => [r.key, r]));
      for (const r of da.releases) expect(relB.get(r.key), `${a}→${b} ${r.key}`).toEqual(r);
      const batchB = new Map(db.batches.map((x) => [x.key, x]));
      for (const x of da.batches) {
        const later = batchB.get(x.key)!;
        expect(later, x.key).toBeDefined();
        if (x.status === "APPROVED") expect(later).toEqual(x);
        else expect({ ...later, status: "SUBMITTED", reviewedAt: null }).toEqual(x); // only a review can happen
      }
      const obsB = new Set(db.observations.map((o) => JSON.stringify(o)));
      expect(da.observations.filter((o) => !obsB.has(JSON.stringify(o)))).toEqual([]);
    }
  });

  it("is deterministic", () => {
    expect(generateDemo("2026-12-06")).toEqual(demo);
  });
});

describe("demo data: shape", () => {
  it("writes every value as a plain decimal string with the indicator's decimals", () => {
    const bad = demo.observations.filter((o) => {
      if (!/^-?\d+(\.\d+)?$/.test(o.value)) return true;
      const places = o.value.split(".")[1]?.length ?? 0;
      const d = new Decimal(o.value);
      if (!d.isFinite() || d.toFixed(places) !== o.value) return true;
      // catalogue decimals; DE003 (share of GDP) is published to 2 decimals
      return places !== (o.indicator === "DE003" ? 2 : spec(o.indicator).decimals);
    });
    expect(bad.slice(0, 5)).toEqual([]);
    expect(demo.observations.length).toBeGreaterThan(15000);
  });

  it("covers every indicator of the catalogue, from every chapter and frequency", () => {
    const inds = indicatorsOf(latest);
    expect(inds.sort()).toEqual([...CATALOGUE.keys()].sort());
    for (const chapter of ["INFRASTRUCTURE", "DATA_FACTOR", "INDUSTRIALIZATION", "DIGITALIZATION", "INNOVATION"]) {
      expect(inds.filter((i) => spec(i).chapter === chapter).length, chapter).toBeGreaterThanOrEqual(5);
    }
    // the open-data portal is one city-wide platform: no district rows
    expect(regionsOf("DE036")).toEqual([CITY]);
    expect(demo.observations.filter((o) => o.indicator === "DE036" && o.region !== CITY)).toEqual([]);
  });

  it("has no January value for year-to-date monthly indicators, but stocks have one", () => {
    expect(checkNoJanuaryForCumulative(latest)).toEqual([]);
    expect(latest.has(key("DE024", CITY, "2023M01"))).toBe(true);
    expect(latest.has(key("DE012", CITY, "2023M02"))).toBe(true);
  });

  it("links every observation to a batch of a release that lists its indicator", () => {
    expect(new Set(demo.releases.map((r) => r.key)).size).toBe(demo.releases.length);
    expect(new Set(demo.batches.map((b) => b.key)).size).toBe(demo.batches.length);
    const bad: string[] = [];
    for (const o of demo.observations) {
      const b = batchByKey.get(o.batch);
      const r = b && releaseByKey.get(b.release);
      if (!r || !r.indicators.includes(o.indicator)) bad.push(`${o.indicator} ${o.period}: no release listing it`);
      // a release reports its period; only the late indicator's figure is a period behind
      else if (o.period !== r.period && !(o.indicator === LATE_INDICATOR && b.key.endsWith("|late"))) bad.push(`${o.indicator} ${o.period} in ${r.key}`);
    }
    expect(bad.slice(0, 5)).toEqual([]);
    const withValues = new Set(demo.observations.map((o) => o.batch));
    expect(demo.batches.filter((b) => !withValues.has(b.key))).toEqual([]);
    expect(demo.observations.filter((o) => o.indicator === LATE_INDICATOR && o.period !== releaseByKey.get(batchByKey.get(o.batch)!.release)!.period).length).toBeGreaterThan(0);
  });
});

describe("demo data: flags and revision", () => {
  it("flags each year's first Q4 core figures as preliminary and AI industry size as an estimate, nothing else", () => {
    for (const o of demo.observations) {
      const rel = releaseByKey.get(batchByKey.get(o.batch)!.release)!;
      if (o.indicator === "DE022") expect(o.flag).toBe("ESTIMATED");
      else if (o.flag) {
        expect(o.flag).toBe("PRELIMINARY");
        expect(o.period.endsWith("Q4")).toBe(true);
        expect(rel.revisionReason).toBeUndefined();
        expect(rel.stream).toBe("core");
      }
    }
    expect(demo.observations.filter((o) => o.flag === "PRELIMINARY").length).toBeGreaterThan(0);
  });

  it("re-releases each year's Q4 core figures as final in June, as a new vintage of every value", () => {
    const revisions = demo.releases.filter((r) => r.revisionReason === "PRELIMINARY_TO_FINAL");
    // 2022…2025 have been verified by December 2026
    expect(revisions.map((r) => r.period)).toEqual(["2022Q4", "2023Q4", "2024Q4", "2025Q4"]);
    for (const rev of revisions) {
      expect(rev.releaseAt.slice(5, 7)).toBe("06");
      const revObs = demo.observations.filter((o) => batchByKey.get(o.batch)!.release === rev.key);
      for (const ind of ["DE001", "DE004", "DE005", "DE006", "DE007"]) {
        for (const r of [CITY, ...DISTRICTS]) {
          const k = key(ind, r, rev.period);
          expect(count.get(k), k).toBe(2);
          expect(revObs.some((o) => o.indicator === ind && o.region === r)).toBe(true);
        }
      }
      expect(first.get(key("DE001", CITY, rev.period))!.eq(latest.get(key("DE001", CITY, rev.period))!)).toBe(false);
      const changed = revObs.filter((o) => !first.get(key(o.indicator, o.region, o.period))!.eq(o.value));
      expect(changed.length).toBeGreaterThan(revObs.length / 2);
      expect(revObs.every((o) => !o.flag)).toBe(true);
    }
    // 2026's Q4 is not even published yet
    expect(latest.has(key("DE001", CITY, "2026Q4"))).toBe(false);
  });
});

describe("demo data: releases", () => {
  it("times releases like a statistics bureau, at 10:00 Beijing time on working days, after their batches are approved", () => {
    for (const r of demo.releases) {
      expect(r.releaseAt).toMatch(/^\d{4}-\d{2}-\d{2}T02:00:00\.000Z$/);
      expect(isWorkingDay(r.releaseAt.slice(0, 10)), r.key).toBe(true);
      const p = mustParsePeriod(r.period);
      const after = days(periodEnd(p).toISOString().slice(0, 10), r.releaseAt.slice(0, 10));
      // windows stretch past a holiday: ICT for December lands after the Spring Festival
      const [lo, hi] = r.revisionReason ? [160, 190] : p.freq === "MONTH" ? [7, 50] : p.freq === "QUARTER" ? [19, 50] : [50, 80];
      expect(after, r.key).toBeGreaterThanOrEqual(lo);
      expect(after, r.key).toBeLessThanOrEqual(hi);
      for (const b of demo.batches.filter((x) => x.release === r.key && x.status === "APPROVED")) expect(b.reviewedAt! < r.releaseAt, b.key).toBe(true);
    }
  });

  it("titles releases in the style of the NBS release calendar, never with a batch number", () => {
    const title = (stream: string, period: string) => demo.releases.find((r) => r.stream === stream && r.period === period)!;
    expect(title("core", "2026Q3").titleZh).toBe("2026年前三季度沈阳市数字经济核心产业主要指标");
    expect(title("core", "2026Q3").titleEn).toContain("2026 Q1–Q3");
    expect(title("core", "2025Q4").titleZh).toBe("2025年四季度和全年沈阳市数字经济核心产业主要指标");
    expect(title("industry", "2026M09").titleZh).toBe("2026年1—9月沈阳市数字经济月度主要指标");
    expect(title("industry", "2024M02").titleZh).toMatch(/^2024年1—2月沈阳市/);
    expect(title("infra", "2026M10").titleZh).toBe("2026年10月沈阳市信息通信基础设施主要指标");
    expect(title("annual", "2025").titleZh).toBe("2025年沈阳市数字经济年度主要指标");
    for (const r of demo.releases) {
      expect(r.titleZh).toMatch(/^20\d\d年.*沈阳市.+/);
      expect(r.titleZh).not.toMatch(/批次|batch/i);
      expect(r.titleEn).toMatch(/^Shenyang .+, 20\d\d/);
      expect(r.period).toBeTruthy();
    }
  });
});

describe("demo data: targets", () => {
  it("sets this year's targets for the headline indicators, from last year's figures", () => {
    const t = demo.targets;
    expect(t.map((x) => x.indicator)).toEqual(expect.arrayContaining(["DE001", "DE003", "DE008", "DE012"]));
    for (const x of t) {
      expect(x.year).toBe(2026);
      expect(x.deadline).toBe("2026-12-31");
      expect(spec(x.indicator).isHeadline, x.indicator).toBe(true);
    }
    const de001 = t.find((x) => x.indicator === "DE001")!;
    expect(new Decimal(de001.value).div(city(first, "DE001", "2025Q4")).toNumber()).toBeGreaterThan(1.05);
    expect(generateDemo("2027-02-01").targets.every((x) => x.year === 2027)).toBe(true);
  });
});
