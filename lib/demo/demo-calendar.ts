// The demo's reporting and release calendar, as a statistics bureau runs it. Pure and
// deterministic: every date is a function of its indicator, period and release, never of the
// day the demo is generated, so a later day only adds what has happened since.
//
//  - Departments owe each indicator by its due day (the catalogue's reporting deadlines,
//    lib/reference DUE_DAYS, the same ones the reporting schedule checks) and send it on
//    that day, one batch per department and deadline. One department is always a month late
//    with one indicator (LATE_INDICATOR): it sends each month's figure on the next month's
//    deadline, so the schedule always shows exactly one overdue return.
//  - A reviewer approves a batch one or two working days after it arrives.
//  - The bureau publishes in streams, each at 10:00 Beijing time on a working day within its
//    window after the period ends and after the last of its batches is approved: monthly
//    infrastructure counts (7–10 days), the monthly economy (21–25 days), software, telecoms
//    and internet services (36–40 days); quarterly infrastructure and data (19–24 days) and
//    the core industries (25–30 days, the year-end accounts 30–42); annual computing power
//    and data enterprises in the last ten days of February, the other annual indicators in
//    the first half of March; the final verification of the year's core figures in June.
//    So some approved batch always waits under embargo for a release at most about three
//    weeks away (late February, between the annual releases), usually within a week or two.
import { dueDate } from "@/lib/targets/dates";
import { isoDate, mustParsePeriod, periodCode, periodEnd, periodLabelEn, periodLabelZh, previousPeriod, type Frequency, type Period } from "@/lib/period";
import { DUE_DAYS, departmentOf } from "@/lib/reference/catalogue-extras";
import { draw } from "./generate-util";
import { addDays, isWorkingDay, nextWorkingDay } from "./working-days";

// ---------------------------------------------------------------- streams

export type StreamKey = "infra" | "industry" | "ict" | "factor" | "core" | "annual-data" | "annual" | "final";

type Stream = {
  key: StreamKey;
  freq: Frequency;
  indicators: readonly string[];
  /** release window in days after the period ends */
  window: (p: Period) => [number, number];
  title: (p: Period) => { zh: string; en: string };
};

const ytdZh = (p: Period) => periodLabelZh(p, "ytd");
const ytdEn = (p: Period) => periodLabelEn(p, "ytd");

/** Its department sends each month's figure a month late, on the next month's deadline. */
export const LATE_INDICATOR = "DE030";

/** The core figures first published preliminary (初步核算) for Q4 and verified in June (最终核实). */
export const REVISED_INDICATORS = ["DE001", "DE002", "DE003", "DE004", "DE005", "DE006", "DE007"];

export const STREAMS: readonly Stream[] = [
  {
    key: "infra",
    freq: "MONTH",
    indicators: ["DE024", "DE026", "DE027", "DE028", "DE029", "DE030"],
    window: () => [7, 10],
    title: (p) => ({
      zh: `${periodLabelZh(p)}沈阳市信息通信基础设施主要指标`,
      en: `Shenyang information and communications infrastructure: main indicators, ${periodLabelEn(p)}`,
    }),
  },
  {
    key: "industry",
    freq: "MONTH",
    indicators: ["DE015", "DE016", "DE017", "DE018", "DE023", "DE039", "DE047", "DE048", "DE049"],
    window: () => [21, 25],
    title: (p) => ({ zh: `${ytdZh(p)}沈阳市数字经济月度主要指标`, en: `Shenyang digital economy: main monthly indicators, ${ytdEn(p)}` }),
  },
  {
    key: "ict",
    freq: "MONTH",
    indicators: ["DE012", "DE013", "DE014", "DE019", "DE020", "DE021"],
    window: () => [36, 40],
    title: (p) => ({
      zh: `${ytdZh(p)}沈阳市信息传输、软件和信息技术服务业主要指标`,
      en: `Shenyang information transmission, software and IT services: main indicators, ${ytdEn(p)}`,
    }),
  },
  {
    key: "factor",
    freq: "QUARTER",
    indicators: ["DE025", "DE031", "DE032", "DE035", "DE036", "DE037", "DE038", "DE044", "DE053"],
    window: () => [19, 24],
    title: (p) => ({
      zh: `${ytdZh(p)}沈阳市数字基础设施、数据要素和创新主要指标`,
      en: `Shenyang digital infrastructure, data and innovation: main indicators, ${ytdEn(p)}`,
    }),
  },
  {
    key: "core",
    freq: "QUARTER",
    indicators: ["GDP", "DE001", "DE002", "DE003", "DE004", "DE005", "DE006", "DE007", "DE008", "DE009", "DE010", "DE011"],
    window: (p) => (p.sub === 4 ? [30, 42] : [25, 30]),
    title: (p) => {
      const zh = p.sub === 4 ? `${p.year}年四季度和全年` : ytdZh(p);
      const en = p.sub === 4 ? `${p.year} Q4 and full year` : ytdEn(p);
      return { zh: `${zh}沈阳市数字经济核心产业主要指标`, en: `Shenyang digital-economy core industries: main indicators, ${en}` };
    },
  },
  {
    key: "annual-data",
    freq: "YEAR",
    indicators: ["DE033", "DE034", "DE040"],
    window: () => [52, 58],
    title: (p) => ({ zh: `${p.year}年沈阳市算力和数据要素企业主要指标`, en: `Shenyang computing power and data enterprises: main indicators, ${p.year}` }),
  },
  {
    key: "annual",
    freq: "YEAR",
    indicators: ["DE022", "DE041", "DE042", "DE043", "DE045", "DE046", "DE050", "DE051", "DE052", "DE054", "DE055", "DE056"],
    window: () => [64, 76],
    title: (p) => ({ zh: `${p.year}年沈阳市数字经济年度主要指标`, en: `Shenyang digital economy: main annual indicators, ${p.year}` }),
  },
];

/** The June re-release of a year's core figures as final (last year's Q4). */
const FINAL = {
  receivedAfter: 155, // days after 31 December
  window: [165, 180] as [number, number],
  title: (year: number) => ({
    zh: `${year}年沈阳市数字经济核心产业增加值最终核实数据`,
    en: `Shenyang digital-economy core industries: final verified value added, ${year}`,
  }),
};

// ---------------------------------------------------------------- plans

/** Year-to-date series have no January of their own: January comes with February (1—2月). */
const YTD_MONTHLY = new Set(["DE012", "DE013", "DE014", "DE015", "DE016", "DE017", "DE018", "DE019", "DE020", "DE021", "DE023", "DE039", "DE047", "DE048", "DE049"]);

export type PlannedBatch = {
  key: string;
  department: string;
  /** what it holds: indicator → period */
  contents: { indicator: string; period: string }[];
  /** the day it arrives (YYYY-MM-DD, Beijing) */
  received: string;
  /** the day the reviewer approves it */
  reviewed: string;
  late: boolean;
};

export type PlannedRelease = {
  key: string;
  stream: StreamKey;
  period: string;
  titleZh: string;
  titleEn: string;
  /** release day (YYYY-MM-DD); the time is 10:00 Beijing */
  day: string;
  indicators: string[];
  batches: PlannedBatch[];
  revision: boolean;
};

function dueDaysOf(code: string): number {
  const d = DUE_DAYS[code];
  if (d === undefined) throw new Error(`demo: no reporting deadline for ${code}`);
  return d;
}

function reviewDay(key: string, received: string): string {
  const first = nextWorkingDay(received);
  return draw(`review|${key}`) < 0.5 ? first : nextWorkingDay(first);
}

/** A working day in the window after the period end, later than every review; else the first after both. */
function releaseDay(key: string, end: string, window: [number, number], afterReview: string): string {
  const days: string[] = [];
  for (let k = window[0]; k <= window[1]; k++) {
    const d = addDays(end, k);
    if (d > afterReview && isWorkingDay(d)) days.push(d);
  }
  if (days.length) return days[Math.floor(draw(`release|${key}`) * days.length)];
  let d = addDays(end, window[1]) > afterReview ? addDays(end, window[1]) : afterReview;
  do d = addDays(d, 1);
  while (!isWorkingDay(d));
  return d;
}

function batchesFor(releaseKey: string, releasePeriod: Period, entries: { indicator: string; period: Period }[], late: boolean): PlannedBatch[] {
  const groups = new Map<string, { department: string; due: number; items: { indicator: string; period: Period }[] }>();
  for (const e of entries) {
    const department = departmentOf(e.indicator) ?? "stats";
    const due = dueDaysOf(e.indicator);
    const k = `${department}|${due}`;
    if (!groups.has(k)) groups.set(k, { department, due, items: [] });
    groups.get(k)!.items.push(e);
  }
  return [...groups.entries()].map(([k, g]) => {
    const key = `${releaseKey}|${late ? "late" : k}`;
    // a late figure arrives on the deadline of the release's own period
    const received = dueDate(late ? releasePeriod : g.items[0].period, g.due);
    return {
      key,
      department: g.department,
      contents: g.items.map((i) => ({ indicator: i.indicator, period: periodCode(i.period) })),
      received,
      reviewed: reviewDay(key, received),
      late,
    };
  });
}

/** The release of one stream and period, with its batches and dates; null when it has nothing (January YTD). */
export function planRelease(stream: Stream, p: Period, firstPeriod: Period): PlannedRelease | null {
  const code = periodCode(p);
  const key = `${stream.key}-${code}`;
  const own = stream.indicators.filter((i) => i !== LATE_INDICATOR && !(p.freq === "MONTH" && p.sub === 1 && YTD_MONTHLY.has(i)));
  if (!own.length) return null;
  const batches = batchesFor(key, p, own.map((indicator) => ({ indicator, period: p })), false);
  if (stream.indicators.includes(LATE_INDICATOR)) {
    const prev = previousPeriod(p);
    if (periodCode(prev) >= periodCode(firstPeriod)) batches.push(...batchesFor(key, p, [{ indicator: LATE_INDICATOR, period: prev }], true));
  }
  const lastReview = batches.map((b) => b.reviewed).sort().at(-1)!;
  const t = stream.title(p);
  return {
    key,
    stream: stream.key,
    period: code,
    titleZh: t.zh,
    titleEn: t.en,
    day: releaseDay(key, isoDate(periodEnd(p)), stream.window(p), lastReview),
    indicators: [...stream.indicators],
    batches,
    revision: false,
  };
}

/** The June release of `year`'s final core figures (its Q4). */
export function planFinalRelease(year: number): PlannedRelease {
  const period = `${year}Q4`;
  const key = `core-${period}-final`;
  const end = `${year}-12-31`;
  const received = addDays(end, FINAL.receivedAfter);
  const batch: PlannedBatch = {
    key: `${key}|stats`,
    department: "stats",
    contents: REVISED_INDICATORS.map((indicator) => ({ indicator, period })),
    received,
    reviewed: reviewDay(`${key}|stats`, received),
    late: false,
  };
  const t = FINAL.title(year);
  return {
    key,
    stream: "final",
    period,
    titleZh: t.zh,
    titleEn: t.en,
    day: releaseDay(key, end, FINAL.window, batch.reviewed),
    indicators: [...REVISED_INDICATORS],
    batches: [batch],
    revision: true,
  };
}

/** 10:00 Beijing on a release day, as an ISO instant. */
export const releaseInstant = (day: string) => `${day}T02:00:00.000Z`;

/** Every release of every stream for periods from `firstYear` whose day falls before `until`. */
export function planCalendar(firstYear: number, until: string): PlannedRelease[] {
  const out: PlannedRelease[] = [];
  for (const s of STREAMS) {
    const first = mustParsePeriod(s.freq === "YEAR" ? String(firstYear) : s.freq === "QUARTER" ? `${firstYear}Q1` : `${firstYear}M01`);
    for (let p = first; isoDate(periodEnd(p)) < until; p = { ...p, ...nextOf(p) }) {
      const r = planRelease(s, p, first);
      if (r && r.day < until) out.push(r);
    }
  }
  for (let year = firstYear; `${year}-12-31` < until; year++) {
    const r = planFinalRelease(year);
    if (r.day < until) out.push(r);
  }
  return out.sort((a, b) => a.day.localeCompare(b.day) || a.key.localeCompare(b.key));
}

function nextOf(p: Period): Period {
  if (p.freq === "YEAR") return { ...p, year: p.year + 1 };
  const k = p.freq === "MONTH" ? 12 : 4;
  return p.sub === k ? { ...p, year: p.year + 1, sub: 1 } : { ...p, sub: p.sub + 1 };
}
