// GET /api/openapi.json. The document depends only on the code (and the configured rate
// limit), so it is built once per process and tagged by its body.
import type { PublicGetContext } from "../public-get";
import { buildOpenApiDocument } from "./build-document";

let cached: string | null = null;

export async function answerOpenApi(_ctx: PublicGetContext): Promise<Response> {
  cached ??= JSON.stringify(buildOpenApiDocument());
  return new Response(cached, { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
