import { describe, expect, it } from "vitest";
import { isNotCrossSite, isSameOrigin, requestOrigin } from "./same-origin";

const h = (o: Record<string, string>) => new Headers(o);
const at = { host: "127.0.0.1:3210" };

describe("the origin of a state change", () => {
  it("is this site only with the same scheme, host and port", () => {
    expect(isSameOrigin(h({ ...at, origin: "http://127.0.0.1:3210" }))).toBe(true);
    for (const origin of ["https://127.0.0.1:3210", "http://127.0.0.1:3211", "http://127.0.0.1", "http://localhost:3210", "https://evil.example", "null", "", "127.0.0.1:3210", "http://127.0.0.1:3210.evil.example", "http://evil@127.0.0.1:3210", "http://127.0.0.1:3210/", "HTTP://127.0.0.1:3210"]) {
      expect(isSameOrigin(h({ ...at, origin })), origin).toBe(false);
    }
    expect(isSameOrigin(h(at)), "no Origin at all").toBe(false);
  });

  it("takes the scheme and host our own proxy forwarded", () => {
    const proxied = { host: "10.0.0.5:3000", "x-forwarded-host": "tjj.example.gov.cn", "x-forwarded-proto": "https" };
    expect(requestOrigin(h(proxied))).toBe("https://tjj.example.gov.cn");
    expect(isSameOrigin(h({ ...proxied, origin: "https://tjj.example.gov.cn" }))).toBe(true);
    expect(isSameOrigin(h({ ...proxied, origin: "http://tjj.example.gov.cn" })), "plain http in front of https").toBe(false);
    expect(isSameOrigin(h({ ...proxied, origin: "https://tjj.example.gov.cn:443" })), "not as a browser serializes it").toBe(false);
  });

  it("lets scripts without Origin sign in, but never another site's page", () => {
    expect(isNotCrossSite(h(at))).toBe(true);
    expect(isNotCrossSite(h({ ...at, origin: "http://127.0.0.1:3210" }))).toBe(true);
    expect(isNotCrossSite(h({ ...at, origin: "https://evil.example" }))).toBe(false);
    expect(isNotCrossSite(h({ ...at, origin: "null" }))).toBe(false);
    expect(isNotCrossSite(h({ ...at, "sec-fetch-site": "cross-site" })), "a browser that left Origin out").toBe(false);
    expect(isNotCrossSite(h({ ...at, "sec-fetch-site": "same-site" }))).toBe(false);
    expect(isNotCrossSite(h({ ...at, "sec-fetch-site": "same-origin" }))).toBe(true);
  });
});
