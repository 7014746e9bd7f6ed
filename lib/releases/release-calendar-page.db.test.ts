// The public calendar a page at a time: every upcoming release on each page, past ones 50 a
// page, newest first, without gaps or repeats, and the same releases as the whole list.
import { afterAll, describe, expect, it } from "vitest";
import { testPool } from "@/lib/test/db";
import { CALENDAR_PAGE_SIZE, findPublicReleases, findReleaseCalendarPage } from "./public-releases";

describe("the release calendar's pages", () => {
  afterAll(async () => {
    await testPool().end();
  });

  it("pages the past releases of the demo's years and lists what is coming on every page", async () => {
    const at = new Date();
    const all = await findPublicReleases(testPool(), { asOf: at });
    const pastAll = all.filter((r) => r.released);
    expect(pastAll.length).toBeGreaterThan(CALENDAR_PAGE_SIZE); // the demo holds years of releases

    const pages = [];
    for (let n = 1; ; n++) {
      const p = await findReleaseCalendarPage(testPool(), at, n);
      expect(p.upcoming.map((r) => r.id)).toEqual(all.filter((r) => !r.released).reverse().map((r) => r.id)); // nearest first
      expect(p.past.length).toBeLessThanOrEqual(CALENDAR_PAGE_SIZE);
      pages.push(p.past);
      if (!p.more) break;
    }
    expect(pages.length).toBe(Math.ceil(pastAll.length / CALENDAR_PAGE_SIZE));
    expect(pages.flat().map((r) => r.id)).toEqual(pastAll.map((r) => r.id));
    expect(pages[0][0].releaseAt >= pages.at(-1)!.at(-1)!.releaseAt).toBe(true);
  });

  it("answers a page past the end with no past releases, not an error", async () => {
    const p = await findReleaseCalendarPage(testPool(), new Date(), 10_000);
    expect(p.past).toEqual([]);
    expect(p.more).toBe(false);
  });
});
