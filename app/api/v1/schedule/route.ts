import { requireApi } from "@/lib/auth/api-auth";
import { pool } from "@/lib/db";
import { apiJson } from "@/lib/http/api-response";
import { requestClock } from "@/lib/schedule/clock";
import { loadSchedule } from "@/lib/schedule/load-schedule";

/**
 * GET ?status=overdue&department=<code>: the reporting schedule (current and previous period
 * of every indicator in use) for staff. ?now=YYYY-MM-DD only with ALLOW_TEST_CLOCK=1.
 */
export async function GET(req: Request) {
  const auth = await requireApi(req, "schedule:view");
  if (auth instanceof Response) return auth;
  const sp = new URL(req.url).searchParams;
  const clock = requestClock(sp.get("now"));
  const status = sp.get("status");
  const department = sp.get("department");
  const items = (await loadSchedule(pool(), clock)).filter(
    (i) => (!status || i.status === status) && (!department || (i.department?.code ?? "none") === department),
  );
  return apiJson({ today: clock.today, items });
}
