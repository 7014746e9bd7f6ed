import { describe, expect, it } from "vitest";
import { retryAfter, WINDOW_MS } from "./throttle";

const now = new Date("2026-01-01T10:00:00Z");
const ago = (s: number) => new Date(now.getTime() - s * 1000);

describe("throttle window", () => {
  it("allows attempts below the limit", () => {
    expect(retryAfter([ago(10), ago(20), ago(30), ago(40)], 5, now)).toBeNull();
  });
  it("refuses the sixth attempt until the oldest failure leaves the window", () => {
    const fails = [ago(600), ago(60), ago(50), ago(40), ago(30)];
    expect(retryAfter(fails, 5, now)).toBe(WINDOW_MS / 1000 - 600);
  });
  it("with more failures than the limit, waits for enough of them to expire", () => {
    const fails = [ago(800), ago(700), ago(600), ago(60), ago(50), ago(40)];
    // 6 failures, limit 5: the two oldest must leave; the 2nd oldest (700 s ago) frees the slot
    expect(retryAfter(fails, 5, now)).toBe(WINDOW_MS / 1000 - 700);
  });
});
