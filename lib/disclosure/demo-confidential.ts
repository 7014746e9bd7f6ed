// No "server-only": the demo seeding (scripts/with-db.ts, plain Node) runs it too.
// The demo's confidential case, so that newcomers see disclosure control at work: one
// district's digital-product-services value added (DE005) in the latest period is reported by
// two units, under the default threshold of three; the suppression then withholds it and the
// complementary cells that keep it from being worked out from the totals. Called only when a
// demo is first seeded (lib/demo/seed-demo.ts), never on a later start: values the public has
// seen are never withdrawn afterwards.
import type { Tx } from "@/lib/audit/write-audit";
import { decideDisclosure } from "./decide";

export async function seedDemoConfidential(tx: Tx): Promise<{ batchId: number; region: string; period: string } | null> {
  // the smallest district value of DE005 in its latest released period, from a key with one
  // vintage only (no revision would show it later), in a batch that carries the parts too
  const rows = await tx.$queryRaw<{ batch_id: number; region_code: string; period: string }[]>`
    WITH v AS (
      SELECT o.batch_id, o.region_code, o.period, o.value, o.period_end, count(*) OVER (PARTITION BY o.region_code, o.period) AS vintages
      FROM observation o JOIN indicator i ON i.id = o.indicator_id JOIN batch b ON b.id = o.batch_id JOIN release r ON r.id = b.release_id
      JOIN region g ON g.code = o.region_code
      WHERE i.code = 'DE005' AND b.status = 'APPROVED' AND b.is_demo AND r.cancelled_at IS NULL AND r.release_at <= now() AND g.kind <> 'CITY'
    )
    SELECT v.batch_id, v.region_code, v.period FROM v
    WHERE v.vintages = 1 AND v.value IS NOT NULL
      AND (SELECT count(DISTINCT o2.indicator_id) FROM observation o2 JOIN indicator i2 ON i2.id = o2.indicator_id
           WHERE o2.batch_id = v.batch_id AND o2.period = v.period AND i2.code IN ('DE004', 'DE006', 'DE007')) = 3
    ORDER BY v.period_end DESC, v.value ASC LIMIT 1`;
  if (!rows.length) return null;
  const { batch_id: batchId, region_code: region, period } = rows[0];
  await tx.$executeRaw`
    UPDATE observation o SET units = 2 FROM indicator i
    WHERE o.batch_id = ${batchId} AND i.id = o.indicator_id AND i.code = 'DE005' AND o.region_code = ${region} AND o.period = ${period}`;
  await decideDisclosure(tx, batchId, "approved");
  return { batchId, region, period };
}
