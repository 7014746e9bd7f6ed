import createMiddleware from "next-intl/middleware";
import { NextRequest, type NextResponse } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { contentSecurityPolicy } from "@/lib/http/security-headers";

const intl = createMiddleware(routing);

// Locale routing (next-intl) plus a per-request CSP nonce: Next reads the policy from the
// request headers and puts the nonce on the scripts it renders.
export default function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, request.nextUrl.pathname, process.env.NODE_ENV === "development");
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = intl(new NextRequest(request, { headers }));
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // every path except the API, Next internals, feeds/embeds handled by route handlers, and files;
  // "api/" with its slash, so that the page /api-docs still gets its locale
  matcher: "/((?!api/|api$|feeds/|charts/|_next|_vercel|.*\\..*).*)",
};
