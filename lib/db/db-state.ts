// A process-wide "the database looks down" flag, so that proxy.ts can answer page requests
// 503 during an outage (a page that fails while rendering can only be a 500).
//
// It lives on globalThis because proxy.ts is bundled apart from the app: the two bundles
// share the process, hence globalThis, but not module instances. The app sets it from the
// pools' error events, from route handlers and from instrumentation's onRequestError; the
// proxy clears it by probing the database (at most one probe per PROBE_EVERY_MS, shared by
// concurrent requests), so recovery needs no restart. No imports: the proxy bundle stays small.

type DbState = {
  /** when a connection failure was last seen; null while the database is believed up */
  downAt: number | null;
  /** registered by lib/db.ts when its pool is created: resolves true when SELECT 1 succeeds */
  probe: (() => Promise<boolean>) | null;
  probing: Promise<boolean> | null;
  lastProbeAt: number;
};

export const PROBE_EVERY_MS = 500;

const g = globalThis as unknown as { __sdmDbState?: DbState };

export function dbState(): DbState {
  g.__sdmDbState ??= { downAt: null, probe: null, probing: null, lastProbeAt: 0 };
  return g.__sdmDbState;
}

export function markDbDown(now = Date.now()): void {
  dbState().downAt = now;
}

export function markDbUp(): void {
  dbState().downAt = null;
}

export function registerDbProbe(probe: () => Promise<boolean>): void {
  dbState().probe = probe;
}

/**
 * For the proxy: false when the database is believed up (no cost), otherwise whether a fresh
 * probe still fails. A probe that succeeds clears the flag for everyone.
 */
export async function databaseStillDown(now = Date.now()): Promise<boolean> {
  const s = dbState();
  if (s.downAt === null || !s.probe) return false;
  if (!s.probing && now - s.lastProbeAt < PROBE_EVERY_MS) return true; // probed just now: still down
  s.probing ??= s
    .probe()
    .catch(() => false)
    .then((ok) => {
      s.lastProbeAt = Date.now();
      if (ok) markDbUp();
      return ok;
    })
    .finally(() => (s.probing = null));
  return !(await s.probing);
}
