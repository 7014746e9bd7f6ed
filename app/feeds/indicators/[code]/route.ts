import { atomResponse } from "@/lib/feeds/atom";
import { siteOrigin } from "@/lib/http/site-url";
import { withDbErrors } from "@/lib/http/db-unavailable";
import { currentEpoch, maxAgeSeconds } from "@/lib/public/epoch";
import { indicatorFeedXml } from "@/lib/public/indicator-feed";

export const dynamic = "force-dynamic";

/** GET /feeds/indicators/DE001[?lang=en]: Atom 1.0, an entry per release or revision of the indicator. */
export const GET = withDbErrors(async (req: Request, { params }: { params: Promise<{ code: string }> }) => {
  const { code } = await params;
  const locale = new URL(req.url).searchParams.get("lang") === "en" ? "en" : "zh";
  const xml = await indicatorFeedXml(code, locale, siteOrigin(req));
  if (xml === null) return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return atomResponse(xml, maxAgeSeconds(await currentEpoch()));
});
