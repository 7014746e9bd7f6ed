// Properties of the value reader for any decimal, not only the examples in value-text.test.ts:
// a number written with thousands separators, a sign, full-width digits or a flag suffix reads
// back as the same exact decimal; nothing makes it throw; what it accepts is canonical.
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS } from "./limits";
import { compareDecimal, parseFlagText, parseValueText } from "./value-text";

const CANONICAL = /^-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;

/** A decimal within the database's precision: up to 18 integer and 6 fraction digits. */
const arbDecimal = fc
  .record({
    int: fc.bigInt({ min: 0n, max: 10n ** BigInt(MAX_INTEGER_DIGITS) - 1n }),
    frac: fc.stringMatching(new RegExp(`^\\d{0,${MAX_FRACTION_DIGITS}}$`)),
    negative: fc.boolean(),
  })
  .map(({ int, frac, negative }) => new Decimal(`${negative ? "-" : ""}${int}${frac ? `.${frac}` : ""}`));

const canonical = (d: Decimal) => (d.isZero() ? "0" : d.toFixed());
const SEPARATORS = [",", " ", "\u00a0", "\u2009"];
const grouped = (d: Decimal, sep: string) => {
  const [int, frac] = d.abs().toFixed().split(".");
  return `${d.isNegative() && !d.isZero() ? "-" : ""}${int.replace(/\B(?=(\d{3})+(?!\d))/g, sep)}${frac ? `.${frac}` : ""}`;
};
const fullWidth = (s: string) => s.replace(/[0-9.,\-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe("value cells (property-based)", () => {
  it("reads every decimal back exactly, plain or with thousands separators", () => {
    fc.assert(
      fc.property(arbDecimal, fc.constantFrom(...SEPARATORS), (d, sep) => {
        for (const text of [d.toFixed(), grouped(d, sep)]) {
          const r = parseValueText(text);
          expect(r, text).toMatchObject({ ok: true, value: canonical(d), flag: null, rounded: false });
        }
      }),
    );
  });

  it("reads full-width digits and a leading + as the same value", () => {
    fc.assert(
      fc.property(arbDecimal.filter((d) => !d.isNegative()), (d) => {
        expect(parseValueText(fullWidth(grouped(d, ",")))).toMatchObject({ ok: true, value: canonical(d) });
        expect(parseValueText(`+${d.toFixed()}`)).toMatchObject({ ok: true, value: canonical(d) });
      }),
    );
  });

  it("keeps the value and reads the flag of a suffix (初步, 估计, p, e) and a percent sign", () => {
    const suffixes = [
      ["(初步)", "PRELIMINARY"],
      ["初步数", "PRELIMINARY"],
      ["p", "PRELIMINARY"],
      ["（估计）", "ESTIMATED"],
      ["E", "ESTIMATED"],
    ] as const;
    fc.assert(
      fc.property(arbDecimal, fc.constantFrom(...suffixes), fc.boolean(), (d, [suffix, flag], percent) => {
        const text = `${grouped(d, ",")}${percent ? "%" : ""}${suffix}`;
        expect(parseValueText(text), text).toMatchObject({ ok: true, value: canonical(d), flag, percent });
      }),
    );
  });

  it("rounds more than six decimals half-up and says so", () => {
    fc.assert(
      fc.property(arbDecimal, fc.stringMatching(/^\d{1,6}[1-9]$/), (d, extra) => {
        const base = d.abs().toFixed(MAX_FRACTION_DIGITS);
        const text = `${base}${extra}`;
        const r = parseValueText(text);
        expect(r).toMatchObject({ ok: true, rounded: true, value: canonical(new Decimal(text).toDecimalPlaces(MAX_FRACTION_DIGITS, Decimal.ROUND_HALF_UP)) });
      }),
    );
  });

  it("never throws, and whatever it accepts is a canonical decimal within range", () => {
    const numberish = fc.stringMatching(/^[-+]?[\d,. \u00a0]{0,30}(%|e\d|E-\d|p|\(初步\))?$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), numberish), (s) => {
        const r = parseValueText(s);
        if (r.ok && r.value !== null) {
          expect(r.value).toMatch(CANONICAL);
          expect(r.value.replace(/^-/, "").split(".")[0].length).toBeLessThanOrEqual(MAX_INTEGER_DIGITS);
          expect((r.value.split(".")[1] ?? "").length).toBeLessThanOrEqual(MAX_FRACTION_DIGITS);
        }
      }),
    );
  });

  it("refuses more than 18 integer digits as out of range, never as a rounded number", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 10n ** BigInt(MAX_INTEGER_DIGITS), max: 10n ** 30n }), (n) => {
        expect(parseValueText(String(n))).toMatchObject({ ok: false, code: "OUT_OF_RANGE" });
      }),
    );
  });

  it("names of an object's members are unknown flag words (found by the property below)", () => {
    for (const w of ["__proto__", "constructor", "toString", "hasOwnProperty"]) expect(parseFlagText(w)).toBeUndefined();
  });

  it("flag words read case- and width-insensitively; unknown words are undefined, never a wrong flag", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const f = parseFlagText(s);
        expect([null, undefined, "PRELIMINARY", "ESTIMATED", "CONFIDENTIAL", "MISSING"]).toContain(f);
        if (s.trim() !== "") expect(parseFlagText(s.toUpperCase())).toBe(parseFlagText(s.toLowerCase()));
      }),
    );
  });

  it("compareDecimal agrees with exact decimal comparison and is antisymmetric", () => {
    fc.assert(
      fc.property(arbDecimal, arbDecimal, (a, b) => {
        const [x, y] = [canonical(a), canonical(b)];
        expect(compareDecimal(x, y)).toBe(a.comparedTo(b));
        expect(compareDecimal(y, x)).toBe(-compareDecimal(x, y));
      }),
    );
  });
});
