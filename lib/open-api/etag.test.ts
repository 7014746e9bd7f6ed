import { describe, expect, it } from "vitest";
import { etagOf, etagOfBytes, matchesIfNoneMatch } from "./etag";

describe("etag", () => {
  it("is a weak tag that changes with the epoch and with the URL", () => {
    const t = etagOf("3:1700000000000", "/api/v1/observations?indicator=DE001");
    expect(t).toMatch(/^W\/"[\w-]{27}"$/);
    expect(etagOf("3:1700000000000", "/api/v1/observations?indicator=DE001")).toBe(t);
    expect(etagOf("4:1700000000000", "/api/v1/observations?indicator=DE001")).not.toBe(t);
    expect(etagOf("3:1700000000000", "/api/v1/observations?indicator=DE002")).not.toBe(t);
    expect(etagOfBytes(new TextEncoder().encode("{}"))).not.toBe(etagOfBytes(new TextEncoder().encode("{ }")));
  });
  it("matches If-None-Match by weak comparison, in lists and with *", () => {
    const t = etagOf("a");
    const opaque = t.slice(2);
    expect(matchesIfNoneMatch(t, t)).toBe(true);
    expect(matchesIfNoneMatch(opaque, t)).toBe(true);
    expect(matchesIfNoneMatch(`W/"other", ${t}`, t)).toBe(true);
    expect(matchesIfNoneMatch("*", t)).toBe(true);
    expect(matchesIfNoneMatch('W/"other"', t)).toBe(false);
    expect(matchesIfNoneMatch(null, t)).toBe(false);
  });
});
