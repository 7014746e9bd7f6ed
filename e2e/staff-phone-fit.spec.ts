// Every staff page, for each role, fits a 390 px phone: nothing wider than the screen (tables
// scroll inside their own box). The pages are taken from the route table, so a new staff page
// is walked without being listed here.
import { expect, test } from "@playwright/test";
import { PAGE_ACCESS, type RouteRule } from "../lib/auth/route-access";
import { ROLE_PERMISSIONS, type Role } from "../lib/auth/roles";
import { apiSignIn, DEMO_ROLES } from "./helpers/auth";
import { callAs, stageCsv } from "./helpers/workflow";

test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });

function allowed(rule: RouteRule, role: Role): boolean {
  const access = rule.access;
  if (access === "public") return false; // public pages are walked by the public specs
  return access === "signed-in" || [access].flat().some((p) => ROLE_PERMISSIONS[role].includes(p));
}

for (const [n, role] of DEMO_ROLES.entries()) {
  test(`[PHONE]: every staff page fits a 390 px screen for the ${role}`, async ({ page, context, baseURL }) => {
    test.setTimeout(300_000); // every page the role reaches, in both languages
    // a submitted batch with a flagged value, so that the batch and review pages show everything they can
    const id = await stageCsv(baseURL!, `指标代码,地区代码,时期,数值\nDE010,210102,${new Date().getFullYear() + 6}Q1,127555\nDE010,210103,${new Date().getFullYear() + 6}Q1,${512 + n}\n`);
    expect((await callAs(baseURL!, "uploader", `/api/v1/batches/${id}/submit`)).status).toBe(200);
    await apiSignIn(context, role);
    const urls = Object.entries(PAGE_ACCESS)
      .filter(([path, rule]) => allowed(rule, role) && path !== "/login")
      .map(([path, rule]) => path.replace("[id]", String(id)).replace(/\[(\w+)\]/g, (_, k) => rule.sample?.[k] ?? k));
    expect(urls.length).toBeGreaterThan(1);
    for (const url of urls) {
      for (const u of [url, `/en${url}`]) {
        const res = await page.goto(u);
        expect(res?.status(), u).toBeLessThan(400);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${u} as ${role} scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(1);
      }
    }
  });
}
