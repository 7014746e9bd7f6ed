import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { siteOrigin } from "@/lib/http/site-url";

export const dynamic = "force-dynamic";

/** Crawlers are welcome (staff pages ask for a sign-in anyway); the sitemap index names the public pages. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = siteOrigin({ headers: await headers() } as Request);
  return { rules: { userAgent: "*", allow: "/" }, sitemap: `${origin}/sitemap.xml` };
}
