// Validates one value (indicator and region already resolved) into a StagedRow: period against
// the indicator's frequency, value syntax, flags, sign and bounds, duplicates in the file.
// Shared by the long layout (one value per line) and the wide one (one per period column).
import type { Catalogue } from "./catalogue";
import { KeySet } from "./dedupe";
import { resolvePeriod, type ResolvedPeriod } from "./period-resolve";
import { parsePeriodText, type ParsedPeriod } from "./period-text";
import type { ReportBuilder } from "./report";
import type { RegionRef } from "./row-keys";
import type { Flag, IngestIndicator, IngestRegion, StagedRow } from "./types";
import { compareDecimal, parseFlagText, parseValueText } from "./value-text";

export type ValueInput = {
  line: number;
  indicator: IngestIndicator;
  region: IngestRegion;
  regionIndex: number;
  /** Period text (long layout) or the period parsed once from a wide header. */
  period: string | ParsedPeriod;
  periodColumn: string;
  value: string;
  valueColumn: string;
  flag?: string;
  flagColumn?: string;
  note: string | null;
  /** the disclosure columns as written (long layout only) */
  units?: Contribution;
  top1?: Contribution;
  top2?: Contribution;
};

/** A disclosure column's text and header, as the error names it. */
export type Contribution = { text: string; column: string };

export type RowCtx = {
  line: number;
  reg: RegionRef;
  note: string | null;
  flag: string | undefined;
  flagColumn: string | undefined;
  units?: Contribution;
  top1?: Contribution;
  top2?: Contribution;
};

/** One value of a line (a plain function: this runs a million times, keep it monomorphic). */
export function valueInput(
  row: RowCtx,
  indicator: IngestIndicator,
  period: string | ParsedPeriod,
  periodColumn: string,
  value: string,
  valueColumn: string,
  withFlag: boolean,
): ValueInput {
  return {
    line: row.line,
    indicator,
    region: row.reg.region,
    regionIndex: row.reg.index,
    period,
    periodColumn,
    value,
    valueColumn,
    flag: withFlag ? row.flag : undefined,
    flagColumn: row.flagColumn,
    note: row.note,
    units: withFlag ? row.units : undefined,
    top1: withFlag ? row.top1 : undefined,
    top2: withFlag ? row.top2 : undefined,
  };
}

/** Measures that are amounts or counts: never negative (unless measured in %). */
const NON_NEGATIVE = new Set(["STOCK", "CUMULATIVE", "PERIOD"]);

export class RowValidator {
  readonly keys = new KeySet();
  rounded = 0;
  firstRoundedLine = 0;
  private readonly periodText = new Map<string, ParsedPeriod | null>();
  /** indicator id → period text → fit (a file names few distinct periods). */
  private readonly periodFit = new Map<number, Map<string, ResolvedPeriod>>();

  constructor(
    private readonly cat: Catalogue,
    private readonly rb: ReportBuilder,
  ) {}

  check(v: ValueInput): StagedRow | null {
    const errorsBefore = this.rb.errorCount;
    const ind = v.indicator;
    const period = this.fitPeriod(v.period, ind);
    if (!period.ok) {
      const found = typeof v.period === "string" ? v.period : v.periodColumn;
      this.rb.error(v.line, v.periodColumn, period.code, period.code === "FREQUENCY_MISMATCH" ? { found, code: ind.code, frequency: ind.frequency, hint: period.hint, expected: period.expected } : { found });
    }
    const parsed = parseValueText(v.value);
    let flag: Flag | null = null;
    let value: string | null = null;
    let flagCol = v.flag === undefined ? null : parseFlagText(v.flag);
    if (flagCol === undefined) {
      // Digits in the flag column are usually a value split by an unquoted "1,234.5".
      this.rb.error(v.line, v.flagColumn ?? null, "INVALID_FLAG", { found: v.flag, digits: /^\d{3}(\.\d*)?$/.test(v.flag ?? "") ? 1 : 0 });
      flagCol = null;
    }
    if (!parsed.ok) {
      if (parsed.code === "EMPTY_VALUE" && !parsed.flag && (flagCol === "CONFIDENTIAL" || flagCol === "MISSING")) {
        flag = flagCol; // "x" or "—" in the flag column, value left empty: that is the point
      } else if (parsed.code === "EMPTY_VALUE") {
        this.rb.error(v.line, v.valueColumn, "EMPTY_VALUE", { flag: parsed.flag ? v.value : flagCol ? v.flag : null });
      } else if (parsed.code === "NOT_A_NUMBER") {
        this.rb.error(v.line, v.valueColumn, "NOT_A_NUMBER", { found: v.value, hint: parsed.hint });
      } else {
        this.rb.error(v.line, v.valueColumn, "OUT_OF_RANGE", { found: v.value, digits: parsed.digits });
      }
    } else {
      value = parsed.value;
      // A marker in the value ("x", "123(初步)") and the flag column must agree; a value
      // flagged as missing is a contradiction.
      if ((flagCol && parsed.flag && flagCol !== parsed.flag) || (flagCol === "MISSING" && value !== null)) {
        this.rb.error(v.line, v.flagColumn ?? null, "INVALID_FLAG", { found: v.flag, other: v.value, conflict: 1 });
      }
      flag = parsed.flag ?? flagCol;
      if (value !== null) this.checkNumber(v, ind, value, parsed.percent);
      if (parsed.rounded && this.rounded++ === 0) this.firstRoundedLine = v.line;
    }
    const units = this.units(v);
    const top1 = this.contribution(v, v.top1, value);
    const top2 = this.contribution(v, v.top2, top1);
    if (!period.ok || this.rb.errorCount > errorsBefore) return null;
    const dup = this.keys.add(ind.id, v.regionIndex, period.period, v.line);
    if (dup) {
      const key = `${ind.code} ${v.region.nameZh} ${period.code}`;
      const lines = dup.firstLine === v.line ? `${v.line}` : `${dup.firstLine}、${v.line}`;
      if (!dup.firstReported && dup.firstLine !== v.line) this.rb.error(dup.firstLine, v.valueColumn, "DUPLICATE_KEY", { key, lines });
      this.rb.error(v.line, v.valueColumn, "DUPLICATE_KEY", { key, lines });
      return null;
    }
    const row: StagedRow = { indicatorId: ind.id, regionCode: v.region.code, period: period.code, periodEnd: period.end, value, flag, note: v.note, line: v.line };
    if (units !== null || top1 !== null || top2 !== null) Object.assign(row, { units, top1, top2 });
    return row;
  }

  /** Reporting units: a whole number ≥ 0, or empty. */
  private units(v: ValueInput): number | null {
    const t = v.units?.text.trim() ?? "";
    if (!t) return null;
    if (!/^\d{1,9}$/.test(t)) {
      this.rb.error(v.line, v.units!.column, "INVALID_UNITS", { found: t });
      return null;
    }
    return Number(t);
  }

  /** A unit's contribution: a number ≥ 0 not above `limit` (the value, or the largest unit's), or empty. */
  private contribution(v: ValueInput, c: Contribution | undefined, limit: string | null): string | null {
    const t = c?.text.trim() ?? "";
    if (!t) return null;
    const parsed = parseValueText(t);
    if (!parsed.ok || parsed.value === null || parsed.value.startsWith("-") || (limit !== null && compareDecimal(parsed.value, limit) > 0)) {
      this.rb.error(v.line, c!.column, "INVALID_CONTRIBUTION", { found: t, limit });
      return null;
    }
    return parsed.value;
  }

  private checkNumber(v: ValueInput, ind: IngestIndicator, value: string, percent: boolean): void {
    const isPct = ind.unit.trim() === "%" || ind.unit.trim() === "％";
    if (percent && !isPct) {
      this.rb.error(v.line, v.valueColumn, "PERCENT_NOT_ALLOWED", { found: v.value, code: ind.code, unit: ind.unit });
      return;
    }
    if (value.startsWith("-") && NON_NEGATIVE.has(ind.measureType) && !isPct) {
      this.rb.error(v.line, v.valueColumn, "NEGATIVE_NOT_ALLOWED", { found: value, code: ind.code, unit: ind.unit });
      return;
    }
    const low = ind.minValue !== null && compareDecimal(value, ind.minValue) < 0;
    const high = ind.maxValue !== null && compareDecimal(value, ind.maxValue) > 0;
    if (low || high) {
      const range =
        ind.minValue !== null && ind.maxValue !== null ? `${ind.minValue}–${ind.maxValue}` : ind.minValue !== null ? `≥ ${ind.minValue}` : `≤ ${ind.maxValue}`;
      this.rb.error(v.line, v.valueColumn, "OUT_OF_RANGE", { found: value, code: ind.code, unit: ind.unit, range });
    }
  }

  private fitPeriod(p: string | ParsedPeriod, ind: IngestIndicator): ResolvedPeriod {
    if (typeof p !== "string") return resolvePeriod(p, ind);
    let byText = this.periodFit.get(ind.id);
    if (!byText) this.periodFit.set(ind.id, (byText = new Map()));
    const cached = byText.get(p);
    if (cached) return cached;
    let parsed = this.periodText.get(p);
    if (parsed === undefined) {
      parsed = parsePeriodText(p);
      if (this.periodText.size < 100_000) this.periodText.set(p, parsed);
    }
    const fit: ResolvedPeriod = parsed ? resolvePeriod(parsed, ind) : { ok: false, code: "INVALID_PERIOD" };
    if (byText.size < 10_000) byText.set(p, fit);
    return fit;
  }
}
