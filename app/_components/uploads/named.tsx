// What staff read: the name first, its code beside it in small type (the code is still what
// files and the API use, so it stays visible).
import { mustParsePeriod, parsePeriodCode, periodLabel } from "@/lib/period";

export function Named({ name, code }: { name: string; code: string }) {
  return (
    <>
      {name} <small className="code">{code}</small>
    </>
  );
}

/** 2025Q4 → 2025年第四季度 (2025 Q4 in English); anything else as it is. */
export function periodName(code: string, locale: string): string {
  return parsePeriodCode(code) ? periodLabel(mustParsePeriod(code), locale) : code;
}
