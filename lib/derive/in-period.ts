// In-period values (当季/当月) from year-to-date (累计) values: Q1 = YTD Q1 and
// Qn = YTD Qn − YTD Qn−1 within the same year (notes.md §3.3). Valid for current-price
// levels; a missing previous period yields null rather than a silently wrong number.
import { mustParsePeriod, periodCode } from "../period";
import { dec, decToString } from "./decimal";
import { indexSeries, type PeriodValue } from "./series";
import { ytdStep, type YtdOptions } from "./ytd-periods";

export type InPeriodReason =
  /** The YTD value of this period itself is missing. */
  | "missing-value"
  /** The YTD value of the previous period in the same year is missing. */
  | "missing-previous"
  /** M01 when January is only released together with February (see M02). */
  | "released-with-february";

export type InPeriodValue = PeriodValue & {
  /** Months the value covers: 1 per month, 2 for the combined Jan–Feb, 3 per quarter, 12 per year. */
  coversMonths: number;
  /** True for the M02 value that covers January and February together ("1—2月"). */
  combinedJanFeb: boolean;
  /** True when obtained by subtraction, so the UI can mark it 计算值. */
  computed: boolean;
  reason: InPeriodReason | null;
};

/** Convert a YTD series to in-period values; the output keeps the input order. */
export function inPeriodFromYtd(series: readonly PeriodValue[], opts: YtdOptions = {}): InPeriodValue[] {
  const index = indexSeries(series);
  return series.map((point): InPeriodValue => {
    const p = mustParsePeriod(point.period);
    const step = ytdStep(p, opts);
    const base = { period: point.period, combinedJanFeb: false, computed: false };
    if (step.kind === "not-released") {
      return { ...base, value: null, coversMonths: 1, reason: "released-with-february" };
    }
    const combinedJanFeb = p.freq === "MONTH" && step.months === 2;
    const meta = { ...base, coversMonths: step.months, combinedJanFeb };
    if (point.value === null) return { ...meta, value: null, reason: "missing-value" };
    if (step.kind === "opens-year") return { ...meta, value: decToString(dec(point.value)), reason: null };
    const previous = index.get(periodCode(step.previous))?.value ?? null;
    if (previous === null) return { ...meta, value: null, computed: true, reason: "missing-previous" };
    const value = dec(point.value).minus(dec(previous));
    return { ...meta, value: decToString(value), computed: true, reason: null };
  });
}
