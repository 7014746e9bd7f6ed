// "Today" for the demo data: the real date in Beijing, or DEMO_TODAY=YYYY-MM-DD (tests, and
// trying the demo as of another day). Only the demo's contents follow it: what the public sees
// still depends on the real clock (a release dated after the real now stays under embargo).
import { beijingDate } from "@/lib/schedule/clock";
import { parseIsoDate } from "@/lib/targets/dates";

/** The earliest day a demo can be generated for: its data start in 2022. */
export const EARLIEST_DEMO_DAY = "2023-01-01";

export function demoToday(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const given = env.DEMO_TODAY?.trim();
  if (!given) return beijingDate(now);
  try {
    parseIsoDate(given);
  } catch {
    throw new Error(`DEMO_TODAY must be a date written YYYY-MM-DD, e.g. 2026-12-06 (got "${given}")`);
  }
  if (given < EARLIEST_DEMO_DAY) throw new Error(`DEMO_TODAY must be ${EARLIEST_DEMO_DAY} or later: the demo's data start in 2022 (got ${given})`);
  return given;
}
