import { sdmxOptions, serveSdmx } from "@/lib/sdmx/answer";

export const dynamic = "force-dynamic";

/**
 * GET /sdmx/v2/data/{context}/{agencyID}/{resourceID}/{version}/{key}: released data in
 * SDMX-ML 2.1, SDMX-JSON 2.0 or SDMX-CSV 2.0 (Accept or ?format=). Documented at /api/openapi.json.
 */
export function GET(req: Request) {
  return serveSdmx("data", req);
}

export const OPTIONS = sdmxOptions;
