import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// A server on DATABASE_URL without SESSION_SECRET would have to keep the cookie-sealing key
// somewhere a dump or the replica can reach; it refuses to start instead, saying why.
describe("scripts/serve.ts", () => {
  const start = (env: Record<string, string>) => {
    const { SESSION_SECRET: _, ...rest } = process.env;
    return spawnSync(path.join(process.cwd(), "node_modules/.bin/tsx"), ["scripts/serve.ts", "-p", "0"], {
      env: { ...rest, DATABASE_URL: "postgresql://nobody@127.0.0.1:1/none", ...env },
      encoding: "utf8",
      timeout: 60_000,
    });
  };

  it("refuses to start without SESSION_SECRET, naming it", () => {
    const r = start({});
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("SESSION_SECRET is not set");
  });

  it("refuses a short one", () => {
    const r = start({ SESSION_SECRET: "too-short" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("at least 32 characters");
  });
});
