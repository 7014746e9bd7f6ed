import { pool } from "@/lib/db";
import { markDbDown, markDbUp } from "@/lib/db/db-state";
import { isDbUnavailable } from "@/lib/db/unavailable";

export const dynamic = "force-dynamic";

/** 200 while the database answers, 503 otherwise (for load balancers and e2e start-up). */
export async function GET() {
  try {
    await pool().query("SELECT 1");
    markDbUp(); // pages are served again (proxy.ts) as soon as anything sees the database back
    return Response.json({ status: "ok", db: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    if (isDbUnavailable(e)) markDbDown();
    return Response.json({ status: "error", db: "unavailable" }, { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "5" } });
  }
}
