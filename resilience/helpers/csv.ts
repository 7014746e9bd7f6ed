// Valid long-layout CSVs (指标代码,地区代码,时期,数值) for the upload tests, from the reference
// catalogue's monthly indicators, then quarterly stock indicators, over the city and its 13
// districts and every period the validator accepts (1949–2100).
import { closeSync, openSync, writeSync } from "node:fs";

export const REGIONS = ["210100", "210102", "210103", "210104", "210105", "210106", "210111", "210112", "210113", "210114", "210115", "210123", "210124", "210181"];
const MONTHLY = "DE012 DE013 DE014 DE015 DE016 DE017 DE018 DE019 DE020 DE021 DE023 DE024 DE026 DE027 DE028 DE029 DE030 DE039 DE047 DE048 DE049".split(" ");
const QUARTERLY_STOCK = "DE010 DE025 DE031 DE032 DE035 DE036 DE038 DE044".split(" ");
const YEARS = { from: 1949, to: 2100 };
export const HEADER = "指标代码,地区代码,时期,数值\n";

/** Data lines, `count` of them; `salt` makes the values (hence the checksum) differ between files. */
export function* csvLines(count: number, salt = 0): Generator<string> {
  let n = 0;
  const series: [string, string[]][] = [
    ...MONTHLY.map((c): [string, string[]] => [c, Array.from({ length: 12 }, (_, i) => `M${String(i + 1).padStart(2, "0")}`)]),
    ...QUARTERLY_STOCK.map((c): [string, string[]] => [c, ["Q1", "Q2", "Q3", "Q4"]]),
  ];
  for (const [code, subs] of series)
    for (const region of REGIONS)
      for (let y = YEARS.from; y <= YEARS.to; y++)
        for (const sub of subs) {
          if (n++ >= count) return;
          yield `${code},${region},${y}${sub},${((n * 7 + salt) % 9973) + 1}.${(n + salt) % 100}\n`;
        }
  throw new Error(`csvLines: only ${n - 1} distinct keys available, ${count} asked`);
}

export function smallCsv(count: number, salt: number): string {
  return HEADER + [...csvLines(count, salt)].join("");
}

/** Writes a large CSV to disk in slices (a 600k-row file is ~17 MB). */
export function writeBigCsv(file: string, count: number): void {
  const fd = openSync(file, "w");
  writeSync(fd, HEADER);
  let buf: string[] = [];
  for (const line of csvLines(count)) {
    buf.push(line);
    if (buf.length === 20_000) {
      writeSync(fd, buf.join(""));
      buf = [];
    }
  }
  writeSync(fd, buf.join(""));
  closeSync(fd);
}
