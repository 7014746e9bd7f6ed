import "server-only";
// When each retired indicator was retired (indicator.retired_at): catalogue metadata, public like
// the rest of the catalogue (no observation is read here). Cached per visibility epoch; retiring
// an indicator bumps the epoch (lib/catalogue/write-indicator.ts).
import { publicPool } from "@/lib/db";
import { publicCached } from "./cache";

export function cachedRetiredAt(): Promise<Map<number, Date>> {
  return publicCached("public:retired-at", async () => {
    const { rows } = await publicPool().query<{ id: number; retired_at: Date }>(`SELECT id, retired_at FROM indicator WHERE retired_at IS NOT NULL`);
    return new Map(rows.map((r) => [r.id, r.retired_at]));
  });
}
