// Properties of period codes for any period, not only the examples in period.test.ts: code and
// parse are inverse, shifting is reversible and ordered, ranges and spans tile the calendar,
// and no string makes the parser throw or accept a non-canonical spelling.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  comparePeriods,
  parsePeriodCode,
  periodCode,
  periodEnd,
  periodLabelEn,
  periodLabelZh,
  periodRange,
  periodStart,
  shiftPeriod,
  type Period,
} from "./period";

export const arbPeriod: fc.Arbitrary<Period> = fc.oneof(
  fc.record({ freq: fc.constant("YEAR" as const), year: fc.integer({ min: 1000, max: 9999 }), sub: fc.constant(0) }),
  fc.record({ freq: fc.constant("QUARTER" as const), year: fc.integer({ min: 1000, max: 9999 }), sub: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ freq: fc.constant("MONTH" as const), year: fc.integer({ min: 1000, max: 9999 }), sub: fc.integer({ min: 1, max: 12 }) }),
);
/** Periods far enough from the year bounds that shifting by up to 400 stays in four digits. */
const arbInnerPeriod = arbPeriod.map((p) => ({ ...p, year: 1100 + (p.year % 8700) }));
const DAY = 86_400_000;

describe("period codes (property-based)", () => {
  it("parse(code(p)) is p, for every period", () => {
    fc.assert(
      fc.property(arbPeriod, (p) => {
        expect(parsePeriodCode(periodCode(p))).toEqual(p);
      }),
    );
  });

  it("a string the parser accepts is exactly the code of what it read (one spelling per period)", () => {
    const near = fc.stringMatching(/^[0-9]{3,5}([QqMm][0-9]{1,2})?$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), near), (s) => {
        const p = parsePeriodCode(s);
        if (p) expect(periodCode(p)).toBe(s);
      }),
    );
  });

  it("refuses the malformed codes users type", () => {
    for (const s of ["20x5Q9", "2025Q0", "2025Q5", "2025-13", "2025M13", "2025M00", "2025M9", "25Q1", "2025q1", " 2025Q1", "2025Q1\u0000", "", "0000", "0999Q1", "0099M01"]) expect(parsePeriodCode(s)).toBeNull();
  });

  it("shifting by n and back is the identity, and order follows n", () => {
    fc.assert(
      fc.property(arbInnerPeriod, fc.integer({ min: -400, max: 400 }), (p, n) => {
        const q = shiftPeriod(p, n);
        expect(shiftPeriod(q, -n)).toEqual(p);
        expect(Math.sign(comparePeriods(q, p))).toBe(Math.sign(n));
      }),
    );
  });

  it("a range from p to p+n holds n+1 consecutive periods", () => {
    fc.assert(
      fc.property(arbInnerPeriod, fc.integer({ min: 0, max: 60 }), (p, n) => {
        const r = periodRange(p, shiftPeriod(p, n));
        expect(r).toHaveLength(n + 1);
        r.slice(1).forEach((x, i) => {
          expect(x).toEqual(shiftPeriod(r[i], 1));
        });
      }),
    );
  });

  it("consecutive periods tile the calendar: each starts the day after the previous ends", () => {
    fc.assert(
      fc.property(arbInnerPeriod, (p) => {
        expect(periodStart(p).getTime()).toBeLessThanOrEqual(periodEnd(p).getTime());
        expect(periodStart(shiftPeriod(p, 1)).getTime()).toBe(periodEnd(p).getTime() + DAY);
      }),
    );
  });

  it("labels differ for different periods (no two periods share a Chinese or English label)", () => {
    fc.assert(
      fc.property(arbPeriod, arbPeriod, (a, b) => {
        if (periodCode(a) === periodCode(b)) return;
        expect(periodLabelZh(a)).not.toBe(periodLabelZh(b));
        expect(periodLabelEn(a)).not.toBe(periodLabelEn(b));
      }),
    );
  });
});
