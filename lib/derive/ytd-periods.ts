// How a year-to-date (累计) period relates to the one before it within the same year.
// Chinese releases reset cumulative values every January and publish January together
// with February as "1—2月" (notes.md §3.3), so the first monthly YTD value is M02.
import type { Period } from "../period";

export type YtdOptions = {
  /**
   * January is released together with February (default true, the usual practice):
   * M02 holds the Jan–Feb value and there is no separate M01.
   */
  janFebCombined?: boolean;
};

export type YtdStep =
  /** The period opens the year: its in-period value equals its YTD value. */
  | { kind: "opens-year"; months: number }
  /** In-period value = YTD(this) − YTD(previous). */
  | { kind: "difference"; previous: Period; months: number }
  /** M01 when January is released with February: no value of its own. */
  | { kind: "not-released" };

export function ytdStep(p: Period, opts: YtdOptions = {}): YtdStep {
  const combined = opts.janFebCombined ?? true;
  if (p.freq === "YEAR") return { kind: "opens-year", months: 12 };
  if (p.freq === "QUARTER") {
    return p.sub === 1
      ? { kind: "opens-year", months: 3 }
      : { kind: "difference", previous: { ...p, sub: p.sub - 1 }, months: 3 };
  }
  if (p.sub === 1) return combined ? { kind: "not-released" } : { kind: "opens-year", months: 1 };
  if (p.sub === 2 && combined) return { kind: "opens-year", months: 2 };
  return { kind: "difference", previous: { ...p, sub: p.sub - 1 }, months: 1 };
}
