import { publicOptions, servePublicGet } from "@/lib/open-api/public-get";
import { answerReleases } from "@/lib/open-api/releases/answer-releases";

export const dynamic = "force-dynamic";

/** GET ?status&indicator&from&to: the release calendar, past and upcoming (never values). */
export function GET(req: Request) {
  return servePublicGet(req, answerReleases);
}

export const OPTIONS = publicOptions;
