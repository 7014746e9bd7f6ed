// WCAG 2.1 A and AA by an engine nobody here wrote: axe-core (pinned in package.json) is injected
// into each page (its Playwright wrapper asks for Node 22) and run with the wcag2a, wcag2aa,
// wcag21a and wcag21aa rules over the public pages in Chinese and English and every staff page
// a role can open, on a desktop and a 390 px phone. Gate: no violation. No rule is disabled.
// A11Y_TIMING=1 prints each page's load and axe time (the spec is the slowest of the gates).
import { createRequire } from "node:module";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { PAGE_ACCESS } from "../lib/auth/route-access";
import { ROLE_PERMISSIONS, type Role } from "../lib/auth/roles";
import { apiSignIn, DEMO_ROLES } from "./helpers/auth";
import { testDb } from "./helpers/db";
import { latestReleased, shift } from "./helpers/demo-periods";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
];

type Violation = { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] };

// the CSP (nonce scripts only) would refuse the injected engine; the page under test is unchanged
test.use({ bypassCSP: true });

/** axe's violations on the page as it stands, one line each with up to three offending nodes. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found: Violation[] = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, TAGS);
  return found.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s): ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(" ")} ${v.nodes[0]?.failureSummary?.replace(/\s+/g, " ").slice(0, 200) ?? ""}`);
}

async function check(page: Page, urls: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const vp of VIEWPORTS) {
    await page.setViewportSize({ width: vp.width, height: vp.height });
    for (const url of urls) {
      const t0 = Date.now();
      const res = await page.goto(url, { waitUntil: "load" });
      const t1 = Date.now();
      expect(res?.status(), url).toBeLessThan(url.includes("no-such-page") ? 500 : 400);
      for (const v of await violations(page)) out.push(`${vp.name} ${url}: ${v}`);
      if (process.env.A11Y_TIMING) console.log(`${vp.name} ${url}: load ${t1 - t0} ms, axe ${Date.now() - t1} ms`);
    }
  }
  return out;
}

async function bulletinQuarter(): Promise<string> {
  const latest = await latestReleased("DE001");
  return latest.endsWith("Q1") ? shift(latest, -1) : latest;
}

const PUBLIC: { name: string; path: () => Promise<string> | string }[] = [
  { name: "home", path: () => "" },
  { name: "catalogue with a search", path: () => `/indicators?q=${encodeURIComponent("软件")}` },
  { name: "indicator (level)", path: () => "/indicators/DE001" },
  { name: "indicator (in-period, growth and share)", path: () => "/indicators/DE001?measure=in-period" },
  { name: "industry", path: () => "/industries/01" },
  { name: "district", path: () => "/regions/210102" },
  { name: "releases", path: () => "/releases" },
  { name: "reports", path: () => "/reports" },
  { name: "bulletin", path: async () => `/reports/${await bulletinQuarter()}` },
  { name: "API docs", path: () => "/api-docs" },
  { name: "embed", path: () => "/embed/DE001" },
  { name: "404", path: () => "/no-such-page" },
];

for (const p of PUBLIC) {
  test(`[A11Y] ${p.name}, zh and en, desktop and phone: no WCAG 2.1 AA violation`, async ({ page }) => {
    test.setTimeout(120_000);
    const at = await p.path();
    expect(await check(page, [`/zh${at}`, `/en${at}`])).toEqual([]);
  });
}

const may = (role: Role, route: string) => {
  const access = PAGE_ACCESS[route].access;
  return access === "signed-in" || (access !== "public" && [access].flat().some((x) => ROLE_PERMISSIONS[role].includes(x)));
};

/** A batch each detail page can show: one awaiting review where there is one (the review diff). */
async function batchIds(): Promise<{ upload: string; review: string }> {
  const { rows } = await testDb().query<{ id: number; status: string }>(`SELECT id, status FROM batch WHERE status IN ('SUBMITTED', 'APPROVED') ORDER BY (status = 'SUBMITTED') DESC, id DESC LIMIT 1`);
  const id = String(rows[0]?.id ?? 1);
  return { upload: id, review: id };
}

// each staff page once, as the first role that may open it (every role's own home too)
const seen = new Set<string>();
const STAFF: Record<string, string[]> = {};
for (const role of DEMO_ROLES) {
  STAFF[role] = Object.keys(PAGE_ACCESS).filter((r) => PAGE_ACCESS[r].access !== "public" && may(role, r) && (r === "/staff" || !seen.has(r)));
  STAFF[role].forEach((r) => seen.add(r));
}

for (const role of DEMO_ROLES) {
  test(`[A11Y] staff pages as ${role}, desktop and phone: no WCAG 2.1 AA violation`, async ({ page, context }) => {
    test.setTimeout(240_000);
    await apiSignIn(context, role);
    const ids = await batchIds();
    const urls = STAFF[role].map((r) => `/zh${r.replace("[id]", r.startsWith("/review") ? ids.review : ids.upload).replace(/\[(\w+)\]/g, (_, k: string) => PAGE_ACCESS[r].sample?.[k] ?? "1")}`);
    expect(urls.length).toBeGreaterThan(0);
    expect(await check(page, urls)).toEqual([]);
  });
}

test("[A11Y] sign-in page, and the same with a validation error: no WCAG 2.1 AA violation", async ({ page }) => {
  const out = await check(page, ["/zh/login", "/en/login"]);
  await page.goto("/zh/login");
  await page.getByRole("button", { name: /登录/ }).click();
  for (const v of await violations(page)) out.push(`after an empty sign-in: ${v}`);
  expect(out).toEqual([]);
});

test("[A11Y] the states staff meet: an upload with row errors, the dashboard with filters: no WCAG 2.1 AA violation", async ({ page, context }) => {
  test.setTimeout(120_000);
  const out: string[] = [];
  await apiSignIn(context, "uploader");
  for (const vp of VIEWPORTS) {
    await page.setViewportSize({ width: vp.width, height: vp.height });
    await page.goto("/zh/uploads/new");
    // a file with row errors stages nothing (422): the page shows its error report
    await page.getByLabel("选择文件").setInputFiles(path.join(process.cwd(), "e2e/files/ingest/bad-unknown-region.csv"));
    await page.getByRole("button", { name: "上传并检查" }).click();
    await expect(page.getByTestId("upload-result")).toHaveAttribute("data-status", "422");
    await expect(page.getByTestId("report-errors")).toBeVisible();
    for (const v of await violations(page)) out.push(`${vp.name} upload with row errors: ${v}`);
  }
  await context.clearCookies();
  await apiSignIn(context, "leader");
  const period = await latestReleased("DE001");
  out.push(...(await check(page, [`/zh/dashboard?period=${shift(period, -1)}&region=210102&rank=DE008`, `/en/dashboard?period=${period}&region=210106`])));
  expect(out).toEqual([]);
});
