// Properties of the period reader (staff's spellings) and of dates, for any period and day:
// every label the site writes reads back as its period, every valid date as itself, every
// impossible date as invalid, and no text makes the reader throw.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endMonth, periodCode, periodLabelEn, periodLabelZh, type Period } from "@/lib/period";
import { spanOf, spanOfPeriodCode } from "@/lib/sdmx/query/time";
import { endOfShanghaiDay } from "@/lib/open-api/as-of";
import { MAX_YEAR, MIN_YEAR, parsePeriodText, type ParsedPeriod } from "./period-text";

const year = fc.integer({ min: MIN_YEAR, max: MAX_YEAR });
const arbPeriod: fc.Arbitrary<Period> = fc.oneof(
  fc.record({ freq: fc.constant("YEAR" as const), year, sub: fc.constant(0) }),
  fc.record({ freq: fc.constant("QUARTER" as const), year, sub: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ freq: fc.constant("MONTH" as const), year, sub: fc.integer({ min: 1, max: 12 }) }),
);
const pad = (n: number) => String(n).padStart(2, "0");
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const arbDay = fc
  .record({ y: year, m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .filter(({ y, m, d }) => d <= daysIn(y, m));

/** What the reader should make of a period's own label. */
function asParsed(p: Period): ParsedPeriod {
  if (p.freq === "YEAR") return { kind: "year", year: p.year };
  if (p.freq === "QUARTER") return { kind: "quarter", year: p.year, q: p.sub };
  return { kind: "month", year: p.year, m: p.sub };
}
/** A year-to-date label covers months 1..end: a span, or the single first month/quarter/year. */
function ytdMonths(r: ParsedPeriod | null): [number, number] | null {
  if (!r) return null;
  if (r.kind === "span") return [r.from, r.to];
  if (r.kind === "month") return [r.m, r.m];
  if (r.kind === "quarter") return [r.q * 3 - 2, r.q * 3];
  if (r.kind === "year") return [1, 12];
  return null;
}

describe("period text (property-based)", () => {
  it("reads the code and the Chinese label of every period back as that period", () => {
    fc.assert(
      fc.property(arbPeriod, (p) => {
        expect(parsePeriodText(periodCode(p))).toEqual(asParsed(p));
        expect(parsePeriodText(periodLabelZh(p))).toEqual(asParsed(p));
      }),
    );
  });

  it("reads the English label of a quarter or year, spaces and all", () => {
    fc.assert(
      fc.property(arbPeriod.filter((p) => p.freq !== "MONTH"), (p) => {
        expect(parsePeriodText(periodLabelEn(p))).toEqual(asParsed(p));
      }),
    );
  });

  it("reads a year-to-date label as the months from January to the period's end", () => {
    fc.assert(
      fc.property(arbPeriod.filter((p) => p.freq !== "YEAR"), (p) => {
        const r = parsePeriodText(periodLabelZh(p, "ytd"));
        expect(r && "year" in r ? r.year : null).toBe(p.year);
        const months = ytdMonths(r);
        expect(months?.[1]).toBe(endMonth(p));
        if (r?.kind === "span") expect(r.from).toBe(1);
      }),
    );
  });

  it("reads every valid date as itself, in ISO and slash form, with or without a time", () => {
    fc.assert(
      fc.property(arbDay, fc.constantFrom("-", "/"), fc.boolean(), ({ y, m, d }, sep, time) => {
        const text = `${y}${sep}${pad(m)}${sep}${pad(d)}${time ? " 00:00:00" : ""}`;
        expect(parsePeriodText(text)).toEqual({ kind: "date", year: y, m, d });
      }),
    );
  });

  it("calls an impossible date or period invalid, never a neighbouring one", () => {
    const badDay = fc.record({ y: year, m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 29, max: 39 }) }).filter(({ y, m, d }) => d > daysIn(y, m));
    fc.assert(
      fc.property(badDay, ({ y, m, d }) => {
        expect(parsePeriodText(`${y}-${pad(m)}-${d}`)).toEqual({ kind: "invalid" });
      }),
    );
    fc.assert(
      fc.property(year, fc.integer({ min: 13, max: 99 }), fc.integer({ min: 5, max: 99 }), (y, m, q) => {
        expect(parsePeriodText(`${y}-${m}`)).toEqual({ kind: "invalid" });
        expect(parsePeriodText(`${y}M${m}`)).toEqual({ kind: "invalid" });
        expect(parsePeriodText(`${y}年${m}月`)).toEqual({ kind: "invalid" });
        expect(parsePeriodText(`${y}Q${q}`)).toEqual({ kind: "invalid" });
      }),
    );
    for (const s of ["2025Q0", "2025-13", "2025M13", "2025-02-30", "2025年第5季度"]) expect(parsePeriodText(s)).toEqual({ kind: "invalid" });
  });

  it("never throws, and what it reads lies within the years and months it allows", () => {
    const periodish = fc.stringMatching(/^\d{4}[-/年QMC第]?[\d一二三四五六七八九十]{0,3}[-月季度/]{0,2}\d{0,2}[月日]?$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), periodish), (s) => {
        const r = parsePeriodText(s);
        if (r && r.kind !== "invalid") {
          expect(r.year).toBeGreaterThanOrEqual(MIN_YEAR);
          expect(r.year).toBeLessThanOrEqual(MAX_YEAR);
        }
      }),
    );
  });
});

describe("dates and SDMX time values (property-based)", () => {
  it("an SDMX period covers exactly the days of our period", () => {
    fc.assert(
      fc.property(arbPeriod, (p) => {
        const code = periodCode(p);
        const sdmx = code.length > 4 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
        expect(spanOf(sdmx)).toEqual(spanOfPeriodCode(code));
      }),
    );
  });

  it("a valid date is its own span; an impossible one is no span", () => {
    fc.assert(
      fc.property(arbDay, ({ y, m, d }) => {
        const iso = `${y}-${pad(m)}-${pad(d)}`;
        expect(spanOf(iso)).toEqual({ start: iso, end: iso });
      }),
    );
    fc.assert(
      fc.property(year, fc.integer({ min: 1, max: 12 }), (y, m) => {
        expect(spanOf(`${y}-${pad(m)}-${daysIn(y, m) + 1}`)).toBeNull();
      }),
    );
  });

  it("the end of a day in Shanghai is 15:59:59.999 UTC that day, and one millisecond before the next day starts there", () => {
    fc.assert(
      fc.property(arbDay, ({ y, m, d }) => {
        const iso = `${y}-${pad(m)}-${pad(d)}`;
        const end = endOfShanghaiDay(iso);
        expect(end.toISOString()).toBe(`${iso}T15:59:59.999Z`);
        const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
        expect(new Date(`${next}T00:00:00+08:00`).getTime() - end.getTime()).toBe(1);
      }),
    );
  });
});
