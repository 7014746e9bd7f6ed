// The return bench/return-typing.ts types into: 10 indicators owed by the demo uploader's
// department for one period, each collected for all 14 areas, with every rule of the catalogue
// on. The demo's return due this week holds whatever the demo's departments owe (not 10, not
// all for 14 areas), so the bench shapes its own database as the bureau would through the
// catalogue, departments and rules pages: a department 基准测试处 supplying 10 of the
// indicators due, the demo uploader assigned to it (so the return holds exactly those), their
// area lists cleared (none listed = collected for every area) and the two rules seeded
// inactive (the band against last year, 核实性, and the valid range, 强制性) switched on.
import { bearer, call, token } from "../resilience/helpers/api";

type Query = (sql: string, values?: unknown[]) => Promise<Record<string, unknown>[]>;
type Item = { indicatorId: number; code: string; period: string; status: string };

export const INDICATORS = 10;
const OPEN = new Set(["dueSoon", "overdue", "notDue"]);

export async function prepareReturn(base: string, q: Query): Promise<{ period: string; codes: string[]; rules: number }> {
  const schedule = await call(`${base}/api/v1/schedule`, { headers: bearer(await token(base, "reviewer")) });
  if (schedule.status !== 200) throw new Error(`schedule: ${schedule.status} ${schedule.text.slice(0, 300)}`);
  const open = (schedule.body.items as Item[]).filter((i) => OPEN.has(i.status));
  // the period due this week if it owes enough, else the one owing the most
  const byPeriod = new Map<string, Item[]>();
  for (const i of open) byPeriod.set(i.period, [...(byPeriod.get(i.period) ?? []), i]);
  const dueSoon = open.find((i) => i.status === "dueSoon")?.period;
  const period = dueSoon && byPeriod.get(dueSoon)!.length >= INDICATORS ? dueSoon : [...byPeriod].sort((a, b) => b[1].length - a[1].length)[0]?.[0];
  if (!period || byPeriod.get(period)!.length < INDICATORS) throw new Error(`no period of the demo owes ${INDICATORS} returns: ${[...byPeriod].map(([p, is]) => `${p} ${is.length}`).join(", ")}`);

  // amounts first (a rate's bound of 100 would turn a typed 1,234.5 into an error on every key)
  const amounts = new Set(
    (await q(`SELECT id FROM indicator WHERE unit NOT IN ('%', '％') AND (max_value IS NULL OR max_value > 100000) AND measure_type IN ('CUMULATIVE', 'PERIOD', 'STOCK')`)).map((r) => Number(r.id)),
  );
  const candidates = byPeriod.get(period)!;
  const chosen = [...candidates.filter((i) => amounts.has(i.indicatorId)), ...candidates.filter((i) => !amounts.has(i.indicatorId))].slice(0, INDICATORS);
  const ids = chosen.map((i) => i.indicatorId);

  const [dep] = await q(`INSERT INTO department (code, name_zh, name_en) VALUES ('BENCH', '基准测试处', 'Benchmark division') RETURNING id`);
  await q(`UPDATE indicator SET department_id = $1 WHERE id = ANY($2::int[])`, [dep.id, ids]);
  await q(`DELETE FROM indicator_region WHERE indicator_id = ANY($1::int[])`, [ids]);
  await q(`INSERT INTO user_department (user_id, department_id) SELECT id, $1 FROM "user" WHERE username = 'uploader'`, [dep.id]);
  await q(`UPDATE validation_rule SET active = true WHERE code IN ('YOY_BAND', 'RANGE')`);
  const [rules] = await q(`SELECT count(*)::int AS n FROM validation_rule WHERE active`);
  return { period, codes: chosen.map((i) => i.code), rules: Number(rules.n) };
}
