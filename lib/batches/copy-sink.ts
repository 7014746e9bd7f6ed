import "server-only";
import type { PoolClient } from "pg";
import { from as copyFrom } from "pg-copy-streams";
import type { RowSink, StagedRow } from "@/lib/ingest";

// Staged rows go into PostgreSQL through COPY, the bulk path (≈ raw COPY speed; row-by-row
// inserts are ~7× slower). The COPY runs inside the caller's transaction, so a rejected or
// interrupted upload leaves no row behind.
const COLUMNS = "batch_id, indicator_id, region_code, period, period_end, value, flag, note, line, units, top1, top2";

function csvText(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function line(batchId: number, r: StagedRow): string {
  // value and flag are validated tokens; only the note is free text and gets quoted
  return `${batchId},${r.indicatorId},${r.regionCode},${r.period},${r.periodEnd},${r.value ?? ""},${r.flag ?? ""},${r.note === null ? "" : csvText(r.note)},${r.line},${r.units ?? ""},${r.top1 ?? ""},${r.top2 ?? ""}\n`;
}

export type CopySink = {
  sink: RowSink;
  finish: () => Promise<number>;
  /** Fails the COPY (CopyFail) and resolves once the server has ended it: only then can the connection run ROLLBACK. */
  abort: (e: Error) => Promise<void>;
};

export function copySink(client: PoolClient, batchId: number): CopySink {
  // a 1 MB buffer lets parsing run ahead of the socket instead of waiting on every 16 KB
  const stream = client.query(copyFrom(`COPY observation (${COLUMNS}) FROM STDIN WITH (FORMAT csv)`, { highWaterMark: 1 << 20 }));
  let failed: Error | null = null;
  const done = new Promise<void>((resolve, reject) => {
    stream.on("finish", resolve);
    stream.on("error", (e: Error) => {
      failed = e;
      reject(e);
    });
  });
  done.catch(() => {}); // observed through finish()
  let count = 0;
  return {
    sink: async (rows) => {
      if (failed) throw failed;
      count += rows.length;
      if (!stream.write(rows.map((r) => line(batchId, r)).join(""))) {
        await new Promise<void>((resolve) => stream.once("drain", resolve));
      }
    },
    finish: async () => {
      stream.end();
      await done;
      return count;
    },
    abort: async (e) => {
      stream.destroy(e);
      await done.catch(() => {});
    },
  };
}
