import { afterAll, describe, expect, it } from "vitest";
import { SYSTEM_CONTEXT } from "@/lib/audit/write-audit";
import { pool } from "@/lib/db";
import { testPool, unique } from "@/lib/test/db";
import { stageUpload } from "./stage-upload";

// An upload whose stream fails half-way (a form cut short, a client gone) while its rows are
// being COPYed: the staging must fail at once and give its connection back. It used to queue
// its ROLLBACK behind the unfinished COPY and wait forever, holding a transaction.
async function* failingUpload(rows: number): AsyncGenerator<Uint8Array> {
  const lines = ["指标代码,地区代码,时期,数值"];
  for (let i = 0; i < rows; i++) lines.push(`DE024,210102,${1950 + Math.floor(i / 12)}M${String((i % 12) + 1).padStart(2, "0")},${i + 1}`);
  yield Buffer.from(`${lines.join("\n")}\n`);
  await new Promise((r) => setTimeout(r, 50));
  throw new Error("Unexpected end of form");
}

describe("stageUpload with a failing upload stream", () => {
  afterAll(async () => {
    await pool().end();
  });

  it("fails promptly, rolls back, and frees its connection", async () => {
    const fileName = `${unique("cut-")}.csv`;
    const { rows } = await testPool().query<{ id: number }>("SELECT id FROM \"user\" WHERE username = 'uploader'");
    const t0 = Date.now();
    await expect(
      stageUpload({ source: failingUpload(1000), fileName, uploaderId: rows[0].id, locale: "zh", dryRun: false, audit: SYSTEM_CONTEXT }),
    ).rejects.toThrow(/Unexpected end of form/);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect((await testPool().query("SELECT 1 FROM batch WHERE file_name = $1", [fileName])).rowCount).toBe(0);
    const copying = await testPool().query("SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'COPY observation%' AND state <> 'idle'");
    expect(copying.rowCount).toBe(0);
    expect(pool().idleCount + pool().waitingCount).toBeGreaterThanOrEqual(1); // the client went back to the pool
  }, 15_000);
});
