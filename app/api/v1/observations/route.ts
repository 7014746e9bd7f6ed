import { answerObservations } from "@/lib/open-api/observations/answer-observations";
import { publicOptions, servePublicGet } from "@/lib/open-api/public-get";

export const dynamic = "force-dynamic";

/**
 * GET ?indicator&region&from&to&last&asOf&measure&format=json|csv|xlsx&lang&limit&offset|cursor:
 * released values (and the downloads of the indicator pages). Documented at /api/openapi.json.
 */
export function GET(req: Request) {
  return servePublicGet(req, answerObservations);
}

export const OPTIONS = publicOptions;
