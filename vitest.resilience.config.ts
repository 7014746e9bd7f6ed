import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Fault and scale-out tests (npm run test:resilience): each file starts production servers
// (the build in NEXT_DIST_DIR or .next) on databases copied from a template that
// resilience/global-setup.ts seeds on the suite's own embedded PostgreSQL. One file at a time:
// they kill servers and restart PostgreSQL, and the machine has two cores.
export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    alias: { "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)) },
  },
  test: {
    include: ["resilience/**/*.test.ts"],
    environment: "node",
    globalSetup: ["resilience/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
