import { cachedReleaseContents } from "@/lib/public/reference-data";
import { publicPool } from "@/lib/db";
import { atomResponse, atomXml } from "@/lib/feeds/atom";
import { siteOrigin } from "@/lib/http/site-url";
import { publicCached } from "@/lib/public/cache";
import { maxAgeSeconds, currentEpoch } from "@/lib/public/epoch";
import { findReleaseCalendarPage, type PublicRelease } from "@/lib/releases/public-releases";
import { withDbErrors } from "@/lib/http/db-unavailable";

/** GET: the release calendar as an Atom feed (upcoming and past releases, moves noted). */
export const GET = withDbErrors(async (req: Request) => {
  const origin = siteOrigin(req);
  // what the calendar's first page shows (every upcoming release, the newest past ones), latest first
  const { upcoming, past } = await publicCached("page:releases:1", (e) => findReleaseCalendarPage(publicPool(), e.at, 1, cachedReleaseContents));
  const releases = [...[...upcoming].reverse(), ...past];
  const codes = (r: PublicRelease) => r.indicatorCodes.join(", ") + (r.indicatorCount > r.indicatorCodes.length ? ` 等共 ${r.indicatorCount} 项` : "");
  const fmt = (d: Date) => d.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", dateStyle: "long", timeStyle: "short" });
  const xml = atomXml({
    id: `${origin}/releases`,
    title: "沈阳市数字经济统计监测 · 发布日程",
    link: `${origin}/releases`,
    self: `${origin}/feeds/releases`,
    updated: releases.reduce((m, r) => (r.moves.at(-1)?.movedAt ?? r.releaseAt) > m ? (r.moves.at(-1)?.movedAt ?? r.releaseAt) : m, new Date(0)),
    author: "沈阳市统计局",
    entries: releases.slice(0, 100).map((r) => ({
      id: `${origin}/releases#r${r.id}`,
      title: `${r.released ? "已发布" : "将发布"}：${r.titleZh}（${fmt(r.releaseAt)}）`,
      updated: r.moves.at(-1)?.movedAt ?? r.releaseAt,
      link: `${origin}/releases#r${r.id}`,
      summary: [codes(r), ...r.moves.map((m) => `调整：原定 ${fmt(m.fromAt)}，改为 ${fmt(m.toAt)}（${m.reason}）`)].filter(Boolean).join("；"),
    })),
  });
  return atomResponse(xml, maxAgeSeconds(await currentEpoch()));
});
