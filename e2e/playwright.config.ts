import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../lib/chromium";
import { serverErrorLog } from "./helpers/server-log";
import { smtpPort } from "./helpers/smtp";
import { laneFilter } from "./lanes";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://127.0.0.1:${PORT}`;

// The e2e server runs the production build on its own database ("e2e"), recreated per run,
// so that assertions about the database hold exactly.
const embeddedPort = process.env.EMBEDDED_PG_PORT ?? "54329";
const e2eDb = process.env.EMBEDDED_PG_DB ?? "e2e";
process.env.E2E_DATABASE_URL ??= process.env.DATABASE_URL || `postgresql://postgres:postgres@127.0.0.1:${embeddedPort}/${e2eDb}`;

export default defineConfig({
  testDir: ".",
  ...laneFilter(process.env.E2E_LANE),
  outputDir: `../test-results/${PORT}`,
  fullyParallel: false,
  workers: 1, // 2-core machine: one Next server, one PostgreSQL, one browser
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.PW_JSON ? [["list"], ["json", { outputFile: process.env.PW_JSON }]] : "list",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    launchOptions: {
      // Debian's chromium; Playwright never downloads a browser here
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `tsx scripts/with-db.ts tsx --max-old-space-size=640 scripts/serve.ts -p ${PORT}`, // npm start's (package.json)
    cwd: "..",
    url: `${baseURL}/api/health`,
    env: {
      EMBEDDED_PG_DB: e2eDb,
      DB_RESET: process.env.E2E_KEEP_DB ? "0" : "1",
      SEED_DEMO: "1",
      PUBLIC_API_RATE_LIMIT: "60", PUBLIC_API_RATE_WINDOW_SECONDS: "2", // open API: a limit e2e/open-api.spec.ts can reach
      UPLOAD_MAX_MB: "4",
      ALLOW_TEST_CLOCK: "1", // the schedule page reads ?now=YYYY-MM-DD (e2e/schedule.spec.ts)
      DATABASE_URL: process.env.DATABASE_URL ?? "",
      SERVER_ERROR_LOG: serverErrorLog, // e2e/fuzz-params.spec.ts reads it
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, // e2e/reminders.spec.ts listens there while it runs
      SMTP_FROM: "沈阳市统计局 <tjj@example.org>",
    },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
