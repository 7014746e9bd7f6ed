// Reads a value cell into an exact decimal string (never a float) plus an optional flag, and
// a flag column into a flag. Markers follow Chinese statistical tables (notes.md §5):
// —/…/- = no data (MISSING), x/× = suppressed (CONFIDENTIAL), "(初步)"/p after a number =
// PRELIMINARY, "(估计)"/e = ESTIMATED.
import Decimal from "decimal.js";
import { MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS } from "./limits";
import { halfWidth } from "./text-normalize";
import type { Flag } from "./types";

export type ParsedValue =
  | { ok: true; value: string | null; flag: Flag | null; percent: boolean; negative: boolean; rounded: boolean }
  | { ok: false; code: "EMPTY_VALUE"; flag: Flag | null }
  | { ok: false; code: "NOT_A_NUMBER"; hint: "exponent" | "comma" | null }
  | { ok: false; code: "OUT_OF_RANGE"; digits: number };

const MISSING = new Set(["-", "--", "---", "—", "——", "–", "―", "…", "……", "...", "..", "/", "空", "无", "缺", "NA", "N/A", "n/a", "na"]);
const CONFIDENTIAL = new Set(["x", "X", "xx", "XX", "×", "保密", "不公开"]);
const SUFFIX = /^(.*?)\s*[(]?(初步数|初步|估计数|估计|估算|预计|p|P|e|E)[)]?$/;
const SUFFIX_FLAG: Record<string, Flag> = {
  初步数: "PRELIMINARY", 初步: "PRELIMINARY", p: "PRELIMINARY", P: "PRELIMINARY",
  估计数: "ESTIMATED", 估计: "ESTIMATED", 估算: "ESTIMATED", 预计: "ESTIMATED", e: "ESTIMATED", E: "ESTIMATED",
};
const PLAIN = /^(\d+)(?:\.(\d*))?$|^\.(\d+)$/;
const GROUPED = /^\d{1,3}(?:[,\u00a0\u2009 ]\d{3})+(?:\.\d*)?$/;
const EXPONENT = /^\d*\.?\d+[eE][+-]?\d+$/;

/** Already canonical: no sign, no leading zero, ≤ 6 decimals without trailing zero. */
const CANONICAL = /^(?:0|[1-9]\d{0,17})(?:\.\d{0,5}[1-9])?$/;

export function parseValueText(raw: string): ParsedValue {
  // Fast path for the common case (a million-row file is mostly plain numbers).
  if (CANONICAL.test(raw)) return { ok: true, value: raw, flag: null, percent: false, negative: false, rounded: false };
  let s = halfWidth(raw).trim();
  if (s === "") return { ok: false, code: "EMPTY_VALUE", flag: null };
  if (MISSING.has(s)) return { ok: true, value: null, flag: "MISSING", percent: false, negative: false, rounded: false };
  if (CONFIDENTIAL.has(s)) return { ok: true, value: null, flag: "CONFIDENTIAL", percent: false, negative: false, rounded: false };
  let flag: Flag | null = null;
  const fm = SUFFIX.exec(s);
  if (fm) {
    flag = SUFFIX_FLAG[fm[2]];
    s = fm[1].trim();
    if (s === "") return { ok: false, code: "EMPTY_VALUE", flag };
  }
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trim();
  }
  let negative = false;
  if (s[0] === "-" || s[0] === "+") {
    negative = s[0] === "-";
    s = s.slice(1).trim();
  }
  if (GROUPED.test(s)) s = s.replace(/[,\u00a0\u2009 ]/g, "");
  const m = PLAIN.exec(s);
  if (!m) {
    if (EXPONENT.test(s)) return { ok: false, code: "NOT_A_NUMBER", hint: "exponent" };
    return { ok: false, code: "NOT_A_NUMBER", hint: /^\d[\d,]*(\.\d*)?$/.test(s) ? "comma" : null };
  }
  let int = (m[1] ?? "0").replace(/^0+(?=\d)/, "");
  let frac = (m[2] ?? m[3] ?? "").replace(/0+$/, "");
  let rounded = false;
  if (frac.length > MAX_FRACTION_DIGITS) {
    // More decimals than the database keeps: round half-up, and say so (warning).
    const r = new Decimal(`${int}.${frac}`).toDecimalPlaces(MAX_FRACTION_DIGITS, Decimal.ROUND_HALF_UP).toFixed();
    [int, frac = ""] = r.split(".");
    rounded = true;
  }
  if (int.length > MAX_INTEGER_DIGITS) return { ok: false, code: "OUT_OF_RANGE", digits: MAX_INTEGER_DIGITS };
  let value = frac ? `${int}.${frac}` : int;
  if (value === "0") negative = false;
  if (negative) value = `-${value}`;
  return { ok: true, value, flag, percent, negative, rounded };
}

// a Map, not an object: a cell reading "constructor" or "__proto__" is an unknown word, not a prototype's member
const FLAG_WORDS = new Map<string, Flag>();
const add = (flag: Flag, words: string[]) => words.forEach((w) => FLAG_WORDS.set(w.toLowerCase(), flag));
add("PRELIMINARY", ["初步", "初步数", "初步核算", "初步核实", "p", "prelim", "preliminary"]);
add("ESTIMATED", ["估计", "估计数", "估算", "预计", "e", "est", "estimate", "estimated"]);
add("CONFIDENTIAL", ["保密", "不公开", "x", "xx", "×", "c", "confidential", "suppressed"]);
add("MISSING", ["缺失", "无数据", "无", "空", "—", "——", "-", "--", "…", "……", "...", "/", "m", "missing", "na", "n/a"]);

/** A flag column: null when empty, undefined when the word is not known. */
export function parseFlagText(raw: string): Flag | null | undefined {
  if (raw === "") return null;
  const s = halfWidth(raw).trim().toLowerCase();
  if (s === "") return null;
  return FLAG_WORDS.get(s.replace(/[()]/g, ""));
}

/** -1, 0, 1: exact comparison of decimal strings (fast path in floating point when clear). */
export function compareDecimal(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (x !== y) return x < y ? -1 : 1;
  return new Decimal(a).comparedTo(new Decimal(b));
}
