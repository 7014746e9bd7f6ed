// The cost table of bench:scale: every size beside 1×, the growth factor per 10× of data
// ((t_n / t_1) ^ (1 / log10(n / 1)), so 1.0 is flat and 10 is linear) and issue 21's targets
// at 100×: public reads within 2× of 1×, the dashboard, bulletin and review diff within 3×,
// one instance under 1 GB. The write path: ingest rows/s and the approval of the same file.
import type { WriteFigures } from "./scale-ingest";

export type SizeResult = {
  factor: number;
  observations: number;
  dbBytes: number;
  generateMs: number;
  memory: { rssMb: number; peakMb: number };
  rows: { name: string; group: "public" | "staff"; firstMs: number; editMs: number; p95Ms: number; pages: number }[];
  /** the same file uploaded, submitted and approved at this size (bench/scale-ingest.ts) */
  write?: WriteFigures;
};

const per10 = (ratio: number, factor: number) => (factor > 1 ? ratio ** (1 / Math.log10(factor)) : 1);
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);

export function printTable(results: SizeResult[], log: (m: string) => void): void {
  const base = results.find((r) => r.factor === 1) ?? results[0];
  const others = results.filter((r) => r !== base);
  const head = (label: string) =>
    log(`\n${label.padEnd(30)} ${`${base.factor}×`.padStart(9)} ${others.map((r) => `${`${r.factor}×`.padStart(9)} ${"×1×".padStart(6)} ${"/10×".padStart(6)}`).join(" ")}   target at 100×`);
  head("size");
  log(`${"observations".padEnd(30)} ${String(base.observations).padStart(9)} ${others.map((r) => `${String(r.observations).padStart(9)} ${(r.observations / base.observations).toFixed(1).padStart(6)} ${"".padStart(6)}`).join(" ")}`);
  const mb = (b: number) => `${Math.round(b / 1048576)} MB`;
  log(`${"database size".padEnd(30)} ${mb(base.dbBytes).padStart(9)} ${others.map((r) => `${mb(r.dbBytes).padStart(9)} ${(r.dbBytes / base.dbBytes).toFixed(1).padStart(6)} ${"".padStart(6)}`).join(" ")}`);
  log(`${"server RSS after run (peak)".padEnd(30)} ${`${base.memory.rssMb}(${base.memory.peakMb})`.padStart(9)} ${others.map((r) => `${`${r.memory.rssMb}(${r.memory.peakMb})`.padStart(9)} ${"".padStart(6)} ${"".padStart(6)}`).join(" ")}   < 1024 MB`);
  const titles = { firstMs: "first request after a release", editMs: "first after a staff edit", p95Ms: "steady state p95" };
  for (const kind of ["firstMs", "editMs", "p95Ms"] as const) {
    head(titles[kind]);
    for (const row of base.rows) {
      const cells = others.map((r) => {
        const o = r.rows.find((x) => x.name === row.name);
        if (!o) return `${"–".padStart(9)} ${"".padStart(6)} ${"".padStart(6)}`;
        const ratio = o[kind] / row[kind];
        return `${fmt(o[kind]).padStart(9)} ${ratio.toFixed(1).padStart(6)} ${per10(ratio, r.factor / base.factor).toFixed(2).padStart(6)}`;
      });
      const target = row.group === "public" ? "≤ 2× of 1×" : "≤ 3× of 1×";
      log(`${row.name.padEnd(30)} ${fmt(row[kind]).padStart(9)} ${cells.join(" ")}   ${target}`);
    }
  }
  printWrites(base, others, log);
  log("\n×1×: the time at that size over the time at 1×; /10×: the growth factor per 10× of data (1.0 flat, 10 linear).");
}

/** The write path: rows/s of the upload (higher is better, so its ratio is 1× over the size), each step's time, and what failed. */
function printWrites(base: SizeResult, others: SizeResult[], log: (m: string) => void): void {
  if (!base.write) return;
  const w = base.write;
  log(`\n${`write path, ${w.rows.toLocaleString("en")} rows`.padEnd(30)} ${`${base.factor}×`.padStart(9)} ${others.map((r) => `${`${r.factor}×`.padStart(9)} ${"×1×".padStart(6)} ${"/10×".padStart(6)}`).join(" ")}   target`);
  const rate = (x: WriteFigures) => (x.uploadMs === null ? null : x.rows / (x.uploadMs / 1000));
  const cell = (text: string, ratio: number | null, factor: number) =>
    `${text.padStart(9)} ${(ratio === null ? "" : ratio.toFixed(1)).padStart(6)} ${(ratio === null ? "" : per10(ratio, factor / base.factor).toFixed(2)).padStart(6)}`;
  const k = (v: number | null) => (v === null ? "failed" : `${Math.round(v / 1000)}k/s`);
  const ratioOf = (a: number | null, b: number | null) => (a === null || b === null ? null : a / b);
  log(`${"ingest rows/s (upload, 1 txn)".padEnd(30)} ${k(rate(w)).padStart(9)} ${others.map((r) => (r.write ? cell(k(rate(r.write)), ratioOf(rate(w), rate(r.write)), r.factor) : "")).join(" ")}   flat (×1×: slowdown)`);
  const t = (v: number | null) => (v === null ? "failed" : fmt(v));
  for (const [label, key] of [["upload", "uploadMs"], ["submit", "submitMs"], ["approve (one batch)", "approveMs"]] as const) {
    log(`${label.padEnd(30)} ${t(w[key]).padStart(9)} ${others.map((r) => (r.write ? cell(t(r.write[key]), ratioOf(r.write[key], w[key]), r.factor) : "")).join(" ")}   ≤ 3× of 1×`);
  }
  for (const r of [base, ...others]) if (r.write?.failure) log(`  ${r.factor}×: ${r.write.failure}`);
}
