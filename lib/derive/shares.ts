// Shares (占比) and changes of rates. A share is a ratio of two values of the same kind
// (both YTD current-price, notes.md §3.2); changes of a rate or share are differences in
// percentage points (百分点), never a percent change of the rate.
import { D, dec, decOrNull, decToString, HUNDRED } from "./decimal";

export type ShareReason = "missing-part" | "missing-total" | "zero-total" | "negative-total";
export type ShareResult = { value: string | null; computed: true; reason: ShareReason | null };

/**
 * part / total × 100. A negative total (e.g. a sector's combined loss) has no share
 * reading, so it yields null like a zero total. A negative part of a positive total is
 * allowed: releases do show negative contributions.
 */
export function shareOfTotal(part: string | null, total: string | null): ShareResult {
  const p = decOrNull(part);
  const t = decOrNull(total);
  const fail = (reason: ShareReason): ShareResult => ({ value: null, computed: true, reason });
  if (p === null) return fail("missing-part");
  if (t === null) return fail("missing-total");
  if (t.isZero()) return fail("zero-total");
  if (t.isNegative()) return fail("negative-total");
  return { value: decToString(p.div(t).times(HUNDRED)), computed: true, reason: null };
}

export type MoneyUnit = "元" | "万元" | "亿元";
const YUAN_PER_UNIT: Record<MoneyUnit, string> = { 元: "1", 万元: "10000", 亿元: "100000000" };

export type GdpShareOptions = { valueUnit?: MoneyUnit; gdpUnit?: MoneyUnit };

/**
 * Share of GDP (%). GDP is published in 亿元 while some monitored values come in 万元 (e.g.
 * special funds), so both sides are brought to yuan first; both default to 亿元.
 */
export function shareOfGdp(value: string | null, gdp: string | null, opts: GdpShareOptions = {}): ShareResult {
  const scale = (v: string | null, unit: MoneyUnit) => {
    const d = decOrNull(v);
    return d === null ? null : decToString(d.times(new D(YUAN_PER_UNIT[unit])));
  };
  return shareOfTotal(scale(value, opts.valueUnit ?? "亿元"), scale(gdp, opts.gdpUnit ?? "亿元"));
}

export type PointChangeResult = {
  /** Difference in percentage points (百分点). */
  value: string | null;
  computed: true;
  reason: "missing-current" | "missing-base" | null;
};

/** rate − baseRate, in 百分点: 9.9% → 10.4% is +0.5 pp, not +5.05%. */
export function percentagePointChange(rate: string | null, baseRate: string | null): PointChangeResult {
  if (rate === null) return { value: null, computed: true, reason: "missing-current" };
  if (baseRate === null) return { value: null, computed: true, reason: "missing-base" };
  return { value: decToString(dec(rate).minus(dec(baseRate))), computed: true, reason: null };
}
