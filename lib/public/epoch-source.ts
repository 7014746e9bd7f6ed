// Where code outside the app's bundles learns the visibility epoch (lib/public/epoch.ts):
// proxy.ts and the front of the server (lib/http/front-server.ts) are built apart from the
// app and have no database access of their own. lib/public/epoch.ts registers its reader
// here when it first loads; like lib/db/db-state.ts this lives on globalThis, no imports.
export type EpochView = { key: string; nextReleaseAt: Date | null };
type EpochSource = () => Promise<EpochView>;

const g = globalThis as unknown as { __sdmEpochSource?: EpochSource };

export function registerEpochSource(source: EpochSource): void {
  g.__sdmEpochSource = source;
}

/** The current epoch, or null before the app has loaded its reader. */
export async function epochNow(): Promise<EpochView | null> {
  return g.__sdmEpochSource ? g.__sdmEpochSource() : null;
}

/** Seconds a public answer may be cached by clients and proxies: up to 60, never past the next release. */
export function maxAgeSeconds(e: EpochView, cap = 60): number {
  if (!e.nextReleaseAt) return cap;
  return Math.max(0, Math.min(cap, Math.floor((e.nextReleaseAt.getTime() - Date.now()) / 1000)));
}
