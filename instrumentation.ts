import type { Instrumentation } from "next";
import { markDbDown } from "@/lib/db/db-state";
import { isDbUnavailable } from "@/lib/db/unavailable";

// Runs once per server process. Starts the release recorder, which writes the audit event
// of each release after its time (visibility itself is a predicate and needs no job).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.DATABASE_URL) return;
  const { recordReleases } = await import("./lib/workflow/record-releases");
  const tick = () => recordReleases().catch(() => {}); // the database may be restarting
  setInterval(tick, 15_000).unref();
  setTimeout(tick, 2_000).unref();
}

// A page (or route handler) that failed because the database is unreachable raises the flag
// proxy.ts reads, so that the next page requests answer 503 instead of failing one by one.
export const onRequestError: Instrumentation.onRequestError = (err) => {
  if (isDbUnavailable(err)) markDbDown();
};
