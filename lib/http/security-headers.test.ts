import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, storedPagePolicy } from "./security-headers";

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

describe("policy of a stored page", () => {
  it("allows its inline scripts by hash and script files from this origin only", () => {
    const csp = storedPagePolicy(["abc=", "def="], "/en/embed/DE001");
    expect(csp).toContain("script-src 'self' 'sha256-abc=' 'sha256-def='");
    const scriptSrc = csp.split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).not.toMatch(/nonce|strict-dynamic|unsafe/);
    expect(csp).toContain("frame-ancestors *");
  });
});
