import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    alias: {
      // "server-only" throws unless resolved with the react-server condition; a no-op in unit tests
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "scripts/**/*.test.ts"],
    exclude: ["**/*.db.test.ts", "node_modules/**"],
    environment: "node",
    // next-intl imports "next/navigation" without an extension, which Node's ESM loader refuses
    server: { deps: { inline: ["next-intl"] } },
  },
});
