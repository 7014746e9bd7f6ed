import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { removeStaleLock } from "./embedded";

// A killed app leaves the embedded PostgreSQL's postmaster.pid behind; after a restart of the
// machine its PID may be any process, even another PostgreSQL. Only this directory's own
// postmaster keeps the lock.
describe("stale postmaster.pid", () => {
  let child: ChildProcess | null = null;
  afterEach(() => child?.kill("SIGKILL"));

  function lockWith(pid: number): string {
    const dir = mkdtempSync(path.join(tmpdir(), "pgdata-"));
    writeFileSync(path.join(dir, "postmaster.pid"), `${pid}\n${dir}\n`);
    return dir;
  }

  it("is removed when its PID is dead", () => {
    const dir = lockWith(2 ** 22 - 3);
    expect(removeStaleLock(dir, () => {})).toBe(true);
    expect(existsSync(path.join(dir, "postmaster.pid"))).toBe(false);
  });

  it("is removed when its PID is another directory's PostgreSQL", () => {
    // a process named "postgres" whose working directory is elsewhere
    child = spawn("bash", ["-c", "exec -a postgres sleep 30"], { cwd: tmpdir() });
    const dir = lockWith(child.pid!);
    expect(removeStaleLock(dir, () => {})).toBe(true);
  });

  it("is kept when its PID is this directory's PostgreSQL", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pgdata-"));
    child = spawn("bash", ["-c", "exec -a postgres sleep 30"], { cwd: dir });
    writeFileSync(path.join(dir, "postmaster.pid"), `${child.pid}\n${dir}\n`);
    expect(removeStaleLock(dir, () => {})).toBe(false);
    expect(existsSync(path.join(dir, "postmaster.pid"))).toBe(true);
  });
});
