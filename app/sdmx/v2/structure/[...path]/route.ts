import { sdmxOptions, serveSdmx } from "@/lib/sdmx/answer";

export const dynamic = "force-dynamic";

/**
 * GET /sdmx/v2/structure/{type}/{agencyID}/{resourceID}/{version}[/{itemID}]: dataflows, the data
 * structure, codelists and concepts in SDMX-ML 2.1 or SDMX-JSON 2.0. Documented at /api/openapi.json.
 */
export function GET(req: Request) {
  return serveSdmx("structure", req);
}

export const OPTIONS = sdmxOptions;
