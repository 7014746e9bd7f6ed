// Picks the delimiter (comma, semicolon, tab) from the first lines: the one that splits the
// most lines into the same number (≥ 2) of fields. Title and note lines have one field under
// every candidate, so they do not vote; Excel pads every line to the table width, which makes
// the count very regular.
import { CsvTokenizer, type RawRecord } from "./csv-tokenizer";

const CANDIDATES = [",", ";", "\t"] as const;
export type Delimiter = (typeof CANDIDATES)[number];

export function detectDelimiter(sample: string, preferTab = false): Delimiter {
  // Whole lines only: cut after the last line break (unless the sample is the whole file).
  let best: Delimiter = preferTab ? "\t" : ",";
  let bestScore = 0;
  for (const d of preferTab ? (["\t", ",", ";"] as const) : CANDIDATES) {
    const records: RawRecord[] = [];
    const t = new CsvTokenizer(d, Number.MAX_SAFE_INTEGER);
    try {
      t.push(sample, records);
    } catch {
      continue;
    }
    const counts = new Map<number, number>();
    for (const r of records.slice(0, 50)) {
      const n = r.fields.length;
      if (n >= 2) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    let score = 0;
    for (const [n, k] of counts) score = Math.max(score, k * 1000 + n);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}
