// What both online-return benches run in (bench/return-typing.ts times keystrokes and pastes,
// bench/return-typing-trace.ts traces them): their own PostgreSQL and the production build
// (`npx next build` first; NEXT_DIST_DIR) on BENCH_PORT, BENCH_PG_PORT, BENCH_DIR, the bench's
// return prepared (bench/return-typing-setup.ts), Chromium with a phone profile, the demo
// uploader signed in, and pages with a 4× CPU slowdown (CDP Emulation.setCPUThrottlingRate).
import { chromium, type Browser, type BrowserContext, type Page } from "playwright";
import { CHROMIUM_ARGS, chromiumPath } from "../lib/chromium";
import type { prepareReturn } from "./return-typing-setup";

export const CPU_SLOWDOWN = 4;
export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  userAgent: "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36",
  locale: "zh-CN",
  timezoneId: "Asia/Shanghai",
};

export type ReturnSession = {
  browser: Browser;
  context: BrowserContext;
  ret: Awaited<ReturnType<typeof prepareReturn>>;
  /** a new page of the signed-in context, its CPU slowed down */
  phonePage: () => Promise<Page>;
};

export async function withReturnSession(run: (s: ReturnSession) => Promise<void>): Promise<void> {
  // the resilience helpers read their ports and directory when first imported: set first, then
  // everything that imports them (the return's set-up too) is imported
  process.env.RESILIENCE_PORT_BASE = process.env.BENCH_PORT ?? "3490";
  process.env.RESILIENCE_PG_PORT = process.env.BENCH_PG_PORT ?? "54690";
  process.env.RESILIENCE_DIR = process.env.BENCH_DIR ?? ".data/bench-return-typing";
  const { startCluster, adminQuery, dbUrl } = await import("../resilience/helpers/cluster");
  const { startApp, stopApp } = await import("../resilience/helpers/app-process");
  const { appPort, DEMO_PASSWORD } = await import("../resilience/helpers/config");
  const { prepareReturn } = await import("./return-typing-setup");

  const cluster = await startCluster({ fresh: true });
  await adminQuery(`CREATE DATABASE "test_bench_return_typing"`);
  const app = await startApp({ port: appPort(0), databaseUrl: dbUrl("test_bench_return_typing") });
  let browser: Browser | null = null;
  try {
    const base = app.url;
    const ret = await prepareReturn(base, (sql, values) => adminQuery(sql, values, "test_bench_return_typing"));
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const context = await browser.newContext({ ...PHONE, baseURL: base });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
    const signIn = await context.request.post("/api/v1/auth/session", { data: { username: "uploader", password: DEMO_PASSWORD }, headers: { Origin: base } });
    if (signIn.status() !== 200) throw new Error(`sign-in as uploader: ${signIn.status()} ${await signIn.text()}`);
    const phonePage = async () => {
      const page = await context.newPage();
      await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
      return page;
    };
    await run({ browser, context, ret, phonePage });
  } finally {
    await browser?.close();
    await stopApp(app);
    await cluster.stop();
  }
}
