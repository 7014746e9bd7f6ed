import { answerOpenApi } from "@/lib/open-api/openapi/answer-openapi";
import { publicOptions, servePublicGet } from "@/lib/open-api/public-get";

export const dynamic = "force-dynamic";

/** GET: the OpenAPI 3.1 document of /api/v1, generated from the zod schemas (lib/open-api). */
export function GET(req: Request) {
  return servePublicGet(req, answerOpenApi, { etag: "body" });
}

export const OPTIONS = publicOptions;
