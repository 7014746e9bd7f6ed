import { answerIndicatorList } from "@/lib/open-api/indicators/answer-indicators";
import { publicOptions, servePublicGet } from "@/lib/open-api/public-get";

export const dynamic = "force-dynamic";

/** GET ?chapter&category&emerging: the indicator catalogue (documented at /api/openapi.json). */
export function GET(req: Request) {
  return servePublicGet(req, answerIndicatorList);
}

export const OPTIONS = publicOptions;
