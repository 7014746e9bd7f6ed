// The public version counter (part of the visibility epoch, epoch.ts): a change to public
// output bumps it inside its own transaction. Free of "server-only" so that the start-up
// scripts (reference data, demo data) can bump it too.

/** Call inside the transaction that changes public output. */
export async function bumpPublicVersion(tx: { $executeRawUnsafe(sql: string): Promise<number> }): Promise<void> {
  await tx.$executeRawUnsafe(BUMP_PUBLIC_VERSION_SQL);
}

const BUMP_PUBLIC_VERSION_SQL = `
INSERT INTO setting (key, value, updated_at) VALUES ('public.version', '1'::jsonb, now())
ON CONFLICT (key) DO UPDATE SET value = to_jsonb((setting.value #>> '{}')::bigint + 1), updated_at = now()`;
