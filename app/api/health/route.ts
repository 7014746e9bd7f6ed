import { pool } from "@/lib/db";

export const dynamic = "force-dynamic";

/** 200 while the database answers, 503 otherwise (for load balancers and e2e start-up). */
export async function GET() {
  try {
    await pool().query("SELECT 1");
    return Response.json({ status: "ok", db: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "error", db: "unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
