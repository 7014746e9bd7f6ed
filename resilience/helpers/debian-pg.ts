// PostgreSQL as an operator runs it: Debian's package (initdb, pg_ctl, pg_basebackup, pg_dump,
// pg_restore from one /usr/lib/postgresql/<major>/bin), for the deployment and restore-drill
// tests. The embedded PostgreSQL ships only initdb, pg_ctl and postgres, so a standby or a
// backup of it cannot be made with its own tools; all clusters here come from Debian's
// binaries, primary and standby alike. scripts/ensure-deploy-tools.sh installs the package.
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { WORK_DIR } from "./config";
import { waitFor } from "./poll";

/** The newest Debian PostgreSQL whose bin has every tool the tests use; fails clearly, never skips. */
export function debianPgBin(): string {
  const root = "/usr/lib/postgresql";
  const tools = ["initdb", "pg_ctl", "pg_basebackup", "pg_dump", "pg_restore", "postgres"];
  const majors = existsSync(root) ? readdirSync(root).filter((d) => /^\d+$/.test(d)).sort((a, b) => Number(b) - Number(a)) : [];
  for (const m of majors) {
    const bin = path.join(root, m, "bin");
    if (tools.every((t) => existsSync(path.join(bin, t)))) return bin;
  }
  throw new Error(`Debian's PostgreSQL server tools (${tools.join(", ")}) are missing under ${root}: run scripts/ensure-deploy-tools.sh (apt-get install postgresql)`);
}

const pgUser = (() => {
  let ids: { uid?: number; gid?: number } | undefined;
  return () => {
    if (ids) return ids;
    if (typeof process.getuid !== "function" || process.getuid() !== 0) return (ids = {});
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
    return (ids = { uid: id("-u"), gid: id("-g") });
  };
})();

/** A directory the postgres user owns (PostgreSQL refuses to run as root). */
export function pgOwnedDir(dir: string, fresh = true): string {
  const { uid, gid } = pgUser();
  const root = deployDir("");
  mkdirSync(root, { recursive: true, mode: 0o755 }); // traversable: nginx's workers run as nobody
  if (uid !== undefined) chownSync(root, uid, gid!); // logs beside the data directories
  if (fresh) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (uid !== undefined) chownSync(dir, uid, gid!);
  return dir;
}

/** Runs one of the Debian tools as the postgres user; throws with its output on failure. */
export function pgTool(tool: string, args: string[]): string {
  const r = spawnSync(path.join(debianPgBin(), tool), args, { ...pgUser(), encoding: "utf8", env: { ...process.env, LC_ALL: "C", LANG: "C", PGUSER: "postgres" } });
  if (r.status !== 0) throw new Error(`${tool} ${args.join(" ")} failed (${r.status}): ${r.stderr || r.stdout}`);
  return r.stdout;
}

export const deployDir = (name: string) => path.join(WORK_DIR, "deploy", name);
export const localUrl = (port: number, db = "postgres") => `postgresql://postgres@127.0.0.1:${port}/${db}`;

export type Cluster = { dir: string; port: number; url: (db?: string) => string; start: () => void; stop: (mode?: "fast" | "immediate") => void };

const started = new Set<string>();
process.on("exit", () => {
  for (const dir of started) spawnSync(path.join(debianPgBin(), "pg_ctl"), ["-D", dir, "-m", "immediate", "stop"], { ...pgUser() });
});

/** pg_ctl for a data directory: loopback only, no unix socket, the log beside the data (in deployDir, postgres's). */
export function cluster(dir: string, port: number): Cluster {
  const log = `${dir}.log`;
  return {
    dir,
    port,
    url: (db = "postgres") => localUrl(port, db),
    start() {
      pgTool("pg_ctl", ["-D", dir, "-l", log, "-w", "-t", "120", "-o", `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`, "start"]);
      started.add(dir);
    },
    stop(mode = "fast") {
      pgTool("pg_ctl", ["-D", dir, "-m", mode, "-w", "stop"]);
      started.delete(dir);
    },
  };
}

/**
 * A new primary: trust on loopback (the test's own cluster on 127.0.0.1 only), replication
 * allowed, and with `archiveDir` continuous WAL archiving, as docs/DEPLOYMENT.md sets it up.
 */
export function initPrimary(name: string, port: number, o: { archiveDir?: string } = {}): Cluster {
  const dir = pgOwnedDir(deployDir(name));
  pgTool("initdb", ["-D", dir, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"]);
  const conf = ["wal_level = replica", "max_wal_senders = 5", "hot_standby = on", "fsync = off"];
  if (o.archiveDir) {
    pgOwnedDir(o.archiveDir);
    conf.push("archive_mode = on", `archive_command = 'test ! -f ${o.archiveDir}/%f && cp %p ${o.archiveDir}/%f'`, "archive_timeout = 60");
  }
  appendFileSync(path.join(dir, "postgresql.conf"), `\n${conf.join("\n")}\n`);
  const c = cluster(dir, port);
  c.start();
  return c;
}

/** pg_basebackup of a running primary into `name` (plain format, WAL streamed); `standby` adds -R. */
export function baseBackup(primary: Cluster, name: string, o: { standby?: boolean } = {}): string {
  const dir = pgOwnedDir(deployDir(name));
  pgTool("pg_basebackup", ["-h", "127.0.0.1", "-p", String(primary.port), "-U", "postgres", "-D", dir, "-X", "stream", "-c", "fast", "--no-sync", ...(o.standby ? ["-R"] : [])]);
  return dir;
}

/** Appends settings to a data directory's postgresql.auto.conf (as ALTER SYSTEM would). */
export function addSettings(dir: string, lines: string[]): void {
  appendFileSync(path.join(dir, "postgresql.auto.conf"), `${lines.join("\n")}\n`);
}

export function touchSignal(dir: string, file: "standby.signal" | "recovery.signal"): void {
  writeFileSync(path.join(dir, file), "");
  const { uid, gid } = pgUser();
  if (uid !== undefined) chownSync(path.join(dir, file), uid, gid!);
}

export async function sql<R extends pg.QueryResultRow = pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<R[]> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  c.on("error", () => {});
  await c.connect();
  try {
    return (await c.query<R>(text, values)).rows;
  } finally {
    await c.end().catch(() => {});
  }
}

/** Waits until a server accepts queries and (for a recovering copy) has left recovery or not. */
export async function waitReady(url: string, inRecovery: boolean, timeoutMs = 60_000): Promise<void> {
  await waitFor(`${url} to answer with pg_is_in_recovery() = ${inRecovery}`, async () => (await sql(url, "SELECT pg_is_in_recovery() AS r"))[0].r === inRecovery, timeoutMs, 200);
}
