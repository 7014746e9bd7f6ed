// Waiting on conditions, never on the clock: poll until `check` returns a value (not
// undefined/false), or fail with `label` at the deadline.
export async function waitFor<T>(label: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 30_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v !== undefined && v !== false) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${label}${last ? ` (last error: ${last})` : ""}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
