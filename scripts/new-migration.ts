// Usage: npm run db:new -- <name>
// Stands in for `prisma migrate dev`, which cannot run with Prisma 6.19's WASM engine and an
// adapter: diffs prisma/migrations (replayed in a shadow database) against schema.prisma and
// writes prisma/migrations/<timestamp>_<name>/migration.sql. Review it, then start the app.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { resolveDatabase } from "../lib/db/ensure";

const name = (process.argv[2] ?? "").replace(/[^a-zA-Z0-9_]/g, "_");
if (!name) {
  console.error("usage: npm run db:new -- <name>");
  process.exit(2);
}
const db = await resolveDatabase();
try {
  const env = { ...process.env, DATABASE_URL: db.url, CHECKPOINT_DISABLE: "1" };
  const prisma = path.join(process.cwd(), "node_modules/.bin/prisma");
  const hasMigrations = readdirSync("prisma/migrations", { withFileTypes: true }).some((d) => d.isDirectory());
  const from = hasMigrations ? ["--from-migrations", "prisma/migrations"] : ["--from-empty"];
  const sql = execFileSync(
    prisma,
    ["migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { env, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  ).replace(/^Loaded Prisma config.*\n/, "");
  if (!sql.split("\n").some((l) => l.trim() && !l.startsWith("--"))) {
    console.log("schema.prisma matches prisma/migrations: nothing to do");
  } else {
    const ts = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join("prisma/migrations", `${ts}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(`wrote ${dir}/migration.sql`);
  }
} finally {
  await db.stop();
}
