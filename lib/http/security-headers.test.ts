import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./security-headers";

describe("content security policy", () => {
  it("allows scripts only with the nonce and denies framing", () => {
    const csp = contentSecurityPolicy("abc", "/indicators/DE001");
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });
  it("lets embed pages be framed, in both languages", () => {
    expect(contentSecurityPolicy("n", "/embed/DE001")).toContain("frame-ancestors *");
    expect(contentSecurityPolicy("n", "/en/embed/DE001")).toContain("frame-ancestors *");
    expect(contentSecurityPolicy("n", "/embedded")).toContain("frame-ancestors 'none'");
  });
});
