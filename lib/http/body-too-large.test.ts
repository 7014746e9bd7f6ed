import { describe, expect, it } from "vitest";
import { bodyTooLargePage, isBodyTooLarge, isLengthMissing, lengthRequiredPage } from "./body-too-large";

describe("a post larger than Server Actions accept", () => {
  it("is known by its Content-Length: over 10 MB is too large, 10 MB and less or none is not", () => {
    const h = (n?: number) => new Headers(n === undefined ? {} : { "content-length": String(n) });
    expect(isBodyTooLarge(h(10 * 1024 * 1024 + 1))).toBe(true);
    expect(isBodyTooLarge(h(10 * 1024 * 1024))).toBe(false);
    expect(isBodyTooLarge(h())).toBe(false);
  });

  it("answers 413 with what to do, in Chinese on a Chinese page", async () => {
    const res = bodyTooLargePage("/returns/2026Q4");
    expect(res.status).toBe(413);
    expect(await res.text()).toContain("一次提交不能超过 10 MB");
  });

  it("refuses a chunked post, which names no length, with 411; a post with a length passes", async () => {
    expect(isLengthMissing(new Headers({ "transfer-encoding": "chunked" }))).toBe(true);
    expect(isLengthMissing(new Headers({ "content-length": "12" }))).toBe(false);
    expect(isLengthMissing(new Headers())).toBe(false);
    const res = lengthRequiredPage("/en/returns/2026Q4");
    expect(res.status).toBe(411);
    expect(await res.text()).toContain("must state its length");
  });
});
