import { randomUUID } from "node:crypto";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// The 6.19 CLI resolves env("DATABASE_URL") in schema.prisma just to learn engineType = "client";
// if that fails it falls back to downloading the native query engine (no internet here), so even
// `prisma generate` / `--version` would fail. Commands that never connect get a placeholder.
const PLACEHOLDER_URL = "postgresql://DATABASE_URL-not-set@127.0.0.1:1/unset";
process.env.DATABASE_URL ||= PLACEHOLDER_URL;

// Prisma 6.19's WASM schema engine introspects pg_catalog columns of type "char" (oid 18);
// adapter-pg 7 has no mapping for it ("Column type 'char' could not be deserialized"),
// which breaks migrate dev / diff --from-migrations / db pull. Report it as text (oid 25):
// the value is already a 1-char string. Only affects the Prisma CLI process.
type FieldDesc = { dataTypeID: number };
const resultProto = pg.Result.prototype as unknown as { addFields(fields: FieldDesc[]): void };
const addFields = resultProto.addFields;
resultProto.addFields = function (fields) {
  for (const f of fields) if (f.dataTypeID === 18) f.dataTypeID = 25;
  return addFields.call(this, fields);
};

// Prisma 6.19 CLI + @prisma/adapter-pg 7.x (adapter 6.19 cannot run migrate deploy).
// Everything runs through the WASM schema engine: no native engine download.
type ScriptRunner = { executeScript(script: string): Promise<void>; client: pg.Pool | pg.PoolClient; onError(e: unknown): never };

// adapter-pg 7.10.1 runs a migration script by splitting it on ";" and sending each piece on
// its own: a plpgsql body ($$ … ; … $$) breaks, and a failure half-way leaves a half-applied
// migration. Send the script whole instead: PostgreSQL runs a multi-statement simple query
// as one implicit transaction, so a migration applies completely or not at all.
async function wholeScripts<T extends object>(adapter: T): Promise<T> {
  const a = adapter as unknown as ScriptRunner;
  a.executeScript = async (script: string) => {
    try {
      await a.client.query(script);
    } catch (e) {
      a.onError(e);
    }
  };
  return adapter;
}

function pgAdapterFactory(connectionString: string) {
  // allowExitOnIdle: lets the CLI exit as soon as the pool is idle (see scripts/prisma-fast-exit.cjs)
  const base = new PrismaPg({ connectionString, allowExitOnIdle: true });
  return {
    provider: "postgres" as const,
    adapterName: base.adapterName,
    connect: async () => wholeScripts(await base.connect()),
    // adapter-pg 7.10.1's own connectToShadowDb is broken twice over: it spreads
    // { database } next to connectionString (pg lets the URL win -> "shadow" = real DB),
    // and it DROPs the shadow DB before closing its pool ("being accessed by other users").
    async connectToShadowDb() {
      const admin = await wholeScripts(await base.connect());
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const url = new URL(connectionString);
      url.pathname = `/${name}`;
      const shadow = await wholeScripts(await new PrismaPg({ connectionString: url.toString(), allowExitOnIdle: true }).connect());
      const disposeShadow = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await disposeShadow();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.dispose();
      };
      return shadow;
    },
  };
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  async adapter() {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString || connectionString === PLACEHOLDER_URL) throw new Error("DATABASE_URL is not set");
    return pgAdapterFactory(connectionString);
  },
});
