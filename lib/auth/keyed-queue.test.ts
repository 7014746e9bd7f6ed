import { describe, expect, it } from "vitest";
import { MAX_WAITING_PER_KEY, QueueFullError, queuedKeys, withKeys } from "./keyed-queue";

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("withKeys", () => {
  it("runs calls that share a key one at a time, in arrival order", async () => {
    const log: string[] = [];
    let running = 0;
    let most = 0;
    const job = (id: number) =>
      withKeys(["user:a", `ip:${id % 2}`], async () => {
        running++;
        most = Math.max(most, running);
        log.push(`start ${id}`);
        await tick();
        log.push(`end ${id}`);
        running--;
        return id;
      });
    expect(await Promise.all([1, 2, 3, 4].map(job))).toEqual([1, 2, 3, 4]);
    expect(most).toBe(1);
    expect(log).toEqual(["start 1", "end 1", "start 2", "end 2", "start 3", "end 3", "start 4", "end 4"]);
    expect(queuedKeys()).toBe(0);
  });

  it("lets calls with different keys run together, and frees the key when one throws", async () => {
    let running = 0;
    let most = 0;
    const job = (key: string) =>
      withKeys([key], async () => {
        running++;
        most = Math.max(most, running);
        await tick();
        running--;
      });
    await Promise.all([job("x"), job("y"), job("z")]);
    expect(most).toBe(3);
    await expect(withKeys(["x"], async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await withKeys(["x"], async () => "after")).toBe("after");
    expect(queuedKeys()).toBe(0);
  });

  it("refuses at once when too many wait for one key, and takes calls again when the line is gone", async () => {
    let open!: () => void;
    const gate = new Promise<void>((r) => (open = r));
    const line = Array.from({ length: MAX_WAITING_PER_KEY }, () => withKeys(["ip:1"], () => gate));
    await expect(withKeys(["user:b", "ip:1"], async () => "never")).rejects.toBeInstanceOf(QueueFullError);
    expect(await withKeys(["ip:2"], async () => "other key")).toBe("other key");
    open();
    await Promise.all(line);
    expect(await withKeys(["ip:1"], async () => "again")).toBe("again");
    expect(queuedKeys()).toBe(0);
  });
});
