// Number formatting for display. Chinese releases write large counts with 万/亿
// ("1.73万个") and no thousands separators; English uses thousands separators. Values whose
// unit already carries a magnitude (亿元, 万户) or is a rate (%) are never rescaled:
// "9027.1亿元" must not become "0.09万亿元".
import { D, dec, type Dec } from "./decimal";
import { roundDecimal } from "./rounding";

const WAN = new D(10000);
const YI = new D(100000000);

export type ZhFormatOptions = {
  /** Decimals when no magnitude is applied (the indicator's decimals). */
  decimals: number;
  /** Rescale to 万/亿 from 10 000 upwards. Off by default; see unitAllowsMagnitude(). */
  magnitude?: boolean;
  /** Decimals of the rescaled figure (default 2: 123456 → "12.35万"). */
  magnitudeDecimals?: number;
};

// Units that already contain a magnitude or are not amounts at all.
const NO_MAGNITUDE_UNIT = /^(万|亿|千|百|十)|%|‰|百分点|倍|指数|^$/;

/** Whether a value in this unit may be rescaled with 万/亿 (个, 户, 元, 件: yes; 亿元, %: no). */
export function unitAllowsMagnitude(unit: string): boolean {
  return !NO_MAGNITUDE_UNIT.test(unit.trim());
}

// Called only for |v| ≥ 10 000.
function withMagnitude(v: Dec, decimals: number): string {
  const abs = v.abs();
  // Rounding may carry into the next magnitude (99 999 999 → "10000.00万"), so check after rounding.
  const inWan = roundDecimal(v.div(WAN), decimals);
  if (abs.lt(YI) && dec(inWan).abs().lt(WAN)) return `${inWan}万`;
  return `${roundDecimal(v.div(YI), decimals)}亿`;
}

/** Chinese display: "12.35万", "1.20亿", "9027.1"; no thousands separators. */
export function formatNumberZh(value: string, opts: ZhFormatOptions): string {
  const v = dec(value);
  if (opts.magnitude && v.abs().gte(WAN)) return withMagnitude(v, opts.magnitudeDecimals ?? 2);
  return roundDecimal(v, opts.decimals);
}

/** English display with thousands separators: "123,456.0", "-1,234.57". */
export function formatNumberEn(value: string, opts: { decimals: number }): string {
  const text = roundDecimal(dec(value), opts.decimals);
  const [int, frac] = text.split(".");
  const sign = int.startsWith("-") ? "-" : "";
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${grouped}${frac !== undefined ? `.${frac}` : ""}`;
}

/** Locale switch; "—" for a missing value, the placeholder Chinese tables use. */
export function formatNumber(value: string | null, locale: "zh" | "en", opts: ZhFormatOptions): string {
  if (value === null) return "—";
  return locale === "en" ? formatNumberEn(value, opts) : formatNumberZh(value, opts);
}
