import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Database tests: run by scripts/test-all.sh inside scripts/with-db.ts, which supplies a
// migrated, seeded DATABASE_URL. One file at a time: they share one database.
export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    alias: { "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)) },
  },
  test: {
    include: ["lib/**/*.db.test.ts", "bench/**/*.db.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
