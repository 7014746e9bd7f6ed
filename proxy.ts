import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { databaseStillDown } from "@/lib/db/db-state";
import { contentSecurityPolicy } from "@/lib/http/security-headers";
import { unavailablePage } from "@/lib/http/unavailable-page";
import { crossSitePage } from "@/lib/http/cross-site-page";
import { isSameOrigin } from "@/lib/http/same-origin";
import { controlCharacterField, controlCharacterPage } from "@/lib/http/form-control-chars";
import { bodyTooLargePage, isBodyTooLarge, isLengthMissing, lengthRequiredPage } from "@/lib/http/body-too-large";
import { cachedPage } from "@/lib/public/page-cache";
import { RETURN_TO_HEADER, returnPathOf } from "@/lib/auth/return-to";

const intl = createMiddleware(routing);

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

// A state-changing request to a page (a Server Action, or a form posted without JavaScript)
// must name this site as its Origin: browsers always send one on POST, so a foreign, "null" or
// missing Origin is a forgery and gets 403 here, before Next's own check (which lets a missing
// Origin through and answers a foreign one with a 500).
// A form post whose text carries a control character gets 400 here (lib/http/form-control-chars.ts),
// one larger than Server Actions accept 413, one that states no length 411 (lib/http/body-too-large.ts).
// Locale routing (next-intl) plus a per-request CSP nonce: Next reads the policy from the
// request headers and puts the nonce on the scripts it renders.
// While the app has seen the database fail (lib/db/db-state.ts: a flag shared with the app
// through globalThis, cleared by a probe at most every 500 ms), pages answer 503 here: a page
// that fails while rendering could only be a 500.
// Anonymous readers of public pages are served from the page cache (lib/public/page-cache.ts).
// Other requests carry their own path and query to the app in x-return-to (any value the client
// sent is dropped), so that a sign-in redirect comes back to the exact URL (lib/auth/require.ts).
export default async function proxy(request: NextRequest): Promise<NextResponse | Response> {
  if (!SAFE_METHODS.has(request.method) && !isSameOrigin(request.headers)) return crossSitePage(request.nextUrl.pathname);
  if (request.method === "POST") {
    if (isBodyTooLarge(request.headers)) return bodyTooLargePage(request.nextUrl.pathname);
    if (isLengthMissing(request.headers)) return lengthRequiredPage(request.nextUrl.pathname);
    const field = await controlCharacterField(request);
    if (field !== null) return controlCharacterPage(request.nextUrl.pathname, field);
  }
  if (request.nextUrl.pathname.includes(".")) return NextResponse.next(); // files and file-like routes: nothing more to do
  if (await databaseStillDown()) return unavailablePage(request.nextUrl.pathname);
  const origin = `http://127.0.0.1:${process.env.PORT || request.nextUrl.port || "3000"}`;
  const cached = await cachedPage({ method: request.method, url: request.nextUrl, headers: request.headers, cookies: request.cookies }, origin).catch(() => null);
  if (cached) return cached;
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, request.nextUrl.pathname, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  headers.set(RETURN_TO_HEADER, returnPathOf(request.nextUrl.pathname, request.nextUrl.search));
  const response = intl(new NextRequest(request, { headers }));
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // every path except the API (and SDMX), Next internals and feeds/embeds handled by route handlers
  // ("api/" with its slash, so that the page /api-docs still gets its locale); paths with a dot
  // (files) come in only for the origin check above, since any page path can carry an action post
  matcher: "/((?!api/|api$|feeds/|charts/|sdmx/|_next|_vercel).*)",
};
