import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

export default createMiddleware(routing);

export const config = {
  // every path except the API, Next internals, feeds/embeds handled by route handlers, and files;
  // "api/" with its slash, so that the page /api-docs still gets its locale
  matcher: "/((?!api/|api$|feeds/|charts/|_next|_vercel|.*\\..*).*)",
};
