import { describe, expect, it } from "vitest";
import type { NextConfig } from "next";
import { chooseEncoding, COMMON_SECURITY_HEADERS } from "./front-server";

describe("front of the server", () => {
  it("sends the same security headers as Next does for every other answer", async () => {
    const { default: nextConfig } = (await import("../../next.config.js" as string)) as { default: NextConfig };
    const rules = await nextConfig.headers!();
    const everywhere = rules.find((r) => r.source === "/:path*")!;
    expect(Object.fromEntries(everywhere.headers.map((h) => [h.key, h.value]))).toEqual(COMMON_SECURITY_HEADERS);
  });

  it("picks brotli, then gzip, and honours q=0", () => {
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseEncoding("gzip;q=1.0, br;q=0")).toBe("gzip");
    expect(chooseEncoding("identity")).toBeNull();
    expect(chooseEncoding(null)).toBeNull();
    expect(chooseEncoding("*")).toBe("gzip");
  });
});
