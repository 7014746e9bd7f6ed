import { beforeEach, describe, expect, it } from "vitest";
import { databaseStillDown, dbState, markDbDown, markDbUp, PROBE_EVERY_MS, registerDbProbe } from "./db-state";

describe("database-down flag", () => {
  let probes = 0;
  let up = false;
  beforeEach(() => {
    const s = dbState();
    Object.assign(s, { downAt: null, probing: null, lastProbeAt: 0 });
    probes = 0;
    up = false;
    registerDbProbe(async () => {
      probes++;
      return up;
    });
  });

  it("costs nothing while the database is believed up", async () => {
    expect(await databaseStillDown()).toBe(false);
    expect(probes).toBe(0);
  });

  it("probes at most once per interval, sharing one probe between concurrent requests", async () => {
    markDbDown();
    const now = Date.now();
    expect(await Promise.all([databaseStillDown(now), databaseStillDown(now), databaseStillDown(now)])).toEqual([true, true, true]);
    expect(probes).toBe(1);
    expect(await databaseStillDown(dbState().lastProbeAt + 1)).toBe(true);
    expect(probes).toBe(1);
  });

  it("clears the flag for everyone when a probe succeeds", async () => {
    markDbDown();
    expect(await databaseStillDown()).toBe(true);
    up = true;
    expect(await databaseStillDown(dbState().lastProbeAt + PROBE_EVERY_MS)).toBe(false);
    expect(dbState().downAt).toBeNull();
    expect(await databaseStillDown()).toBe(false);
    expect(probes).toBe(2);
  });

  it("is shared through globalThis (the proxy bundle and the app are separate module graphs)", () => {
    markDbDown(123);
    expect((globalThis as unknown as { __sdmDbState: { downAt: number } }).__sdmDbState.downAt).toBe(123);
    markDbUp();
  });
});
