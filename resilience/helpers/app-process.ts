// Starts the production build as `npm start` does (scripts/with-db.ts → scripts/serve.ts) on a
// given database, in its own process group, so that "kill -9 the server" can take the whole
// tree (tsx, with-db, the server) by its group id and nothing else.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, openSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { DIST_DIR, ROOT, WORK_DIR } from "./config";
import { waitFor } from "./poll";

export type AppProcess = { port: number; url: string; pgid: number; log: string; child: ChildProcess };

const running = new Set<number>();

// A server on DATABASE_URL needs SESSION_SECRET, the same on every instance (as in production):
// one per test process, so that a cookie from one instance is good on the other.
const SESSION_SECRET = process.env.SESSION_SECRET || randomBytes(32).toString("base64url");
// a failing test must not strand servers: kill what is left when the worker exits
process.on("exit", () => {
  for (const pgid of running) groupKill(pgid, "SIGKILL");
});

function groupKill(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // ESRCH: the group is already gone
  }
}

/** Live (non-zombie) processes of a group, from /proc: a killed grandchild may stay a zombie
 *  when PID 1 does not reap, and kill(-pgid, 0) would still count it. */
export function groupMembers(pgid: number): number[] {
  const out: number[] = [];
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(pgrp) === pgid && state !== "Z") out.push(Number(d));
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

export function groupAlive(pgid: number): boolean {
  return groupMembers(pgid).length > 0;
}

export async function startApp(o: { port: number; databaseUrl: string; env?: Record<string, string> }): Promise<AppProcess> {
  mkdirSync(WORK_DIR, { recursive: true });
  const log = path.join(WORK_DIR, `app-${o.port}.log`);
  const fd = openSync(log, "a");
  // `npm start`'s command (package.json), heap bound included
  const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/with-db.ts", "tsx", "--max-old-space-size=640", "scripts/serve.ts", "-p", String(o.port)], {
    cwd: ROOT,
    detached: true, // its own process group
    stdio: ["ignore", fd, fd],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: o.databaseUrl,
      SESSION_SECRET,
      SEED_DEMO: "1",
      PUBLIC_API_RATE_LIMIT: "1000000",
      ...o.env,
    },
  });
  const pgid = child.pid!;
  running.add(pgid);
  const url = `http://127.0.0.1:${o.port}`;
  await waitFor(
    `the app on port ${o.port} to answer /api/health (log: ${log})`,
    async () => {
      if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode}):\n${readFileSync(log, "utf8").slice(-2000)}`);
      const res = await fetch(`${url}/api/health`).catch(() => null);
      return res?.status === 200;
    },
    90_000,
    200,
  );
  return { port: o.port, url, pgid, log, child };
}

/** kill -9 of the whole tree; resolves, once no process of it is left, with the commands it killed. */
export async function killApp(app: AppProcess): Promise<string[]> {
  const killed = groupMembers(app.pgid).map((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ").trim();
    } catch {
      return "";
    }
  });
  groupKill(app.pgid, "SIGKILL");
  await waitFor(`process group ${app.pgid} to die`, () => !groupAlive(app.pgid), 10_000, 50);
  running.delete(app.pgid);
  return killed;
}

/** A clean stop (SIGTERM, as Ctrl-C would), falling back to kill -9. */
export async function stopApp(app: AppProcess | undefined): Promise<void> {
  if (!app || !running.has(app.pgid)) return;
  groupKill(app.pgid, "SIGTERM");
  try {
    await waitFor(`process group ${app.pgid} to stop`, () => !groupAlive(app.pgid), 15_000, 100);
  } catch {
    groupKill(app.pgid, "SIGKILL");
  }
  running.delete(app.pgid);
}
