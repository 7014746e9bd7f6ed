import { expect, test } from "vitest";
import { Slots } from "./slots";

const tick = () => new Promise((r) => setTimeout(r, 1));

test("no more than `size` run at once; the rest start in arrival order as slots free", async () => {
  const slots = new Slots(2);
  const started: number[] = [];
  const release: (() => void)[] = [];
  const runs = [0, 1, 2, 3].map((i) =>
    slots.run(async () => {
      started.push(i);
      await new Promise<void>((r) => (release[i] = r));
      return i;
    }),
  );
  await tick();
  expect(started).toEqual([0, 1]);
  expect(slots.state).toEqual({ running: 2, waiting: 2 });
  release[1]();
  await tick();
  expect(started).toEqual([0, 1, 2]);
  release[0]();
  await tick();
  expect(started).toEqual([0, 1, 2, 3]);
  release[2]();
  release[3]();
  expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
  expect(slots.state).toEqual({ running: 0, waiting: 0 });
});

test("a failing run frees its slot and its error reaches its caller only", async () => {
  const slots = new Slots(1);
  const failed = slots.run(async () => {
    throw new Error("bad file");
  });
  const next = slots.run(async () => "staged");
  await expect(failed).rejects.toThrow("bad file");
  expect(await next).toBe("staged");
  expect(slots.state).toEqual({ running: 0, waiting: 0 });
});
