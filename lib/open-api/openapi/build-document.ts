// The OpenAPI 3.1 document of the open API, generated from the same zod schemas the handlers
// parse requests and serialise answers with (schemas/, params/queries.ts).
import { OBSERVATION_PARAMS } from "../params/param-help";
import { ZIndicatorsQuery, ZObservationsQuery, ZReleasesQuery } from "../params/queries";
import { rateLimitConfigFromEnv } from "../rate-limit";
import { dataLicense } from "@/lib/public/data-license";
import { componentSchemas, queryParameters, type JsonSchema } from "./json-schemas";
import { sdmxPaths } from "./sdmx-paths";
import { staffPaths } from "./staff-paths";

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string) => ({ "application/json": { schema: ref(id) } });
const header = (description: string, schema: JsonSchema = { type: "integer" }) => ({ description, schema });

const RATE_HEADERS = {
  "X-RateLimit-Limit": { $ref: "#/components/headers/X-RateLimit-Limit" },
  "X-RateLimit-Remaining": { $ref: "#/components/headers/X-RateLimit-Remaining" },
  "X-RateLimit-Reset": { $ref: "#/components/headers/X-RateLimit-Reset" },
};
const RETRY_HEADERS = { ...RATE_HEADERS, "Retry-After": { $ref: "#/components/headers/Retry-After" } };
const CACHE_HEADERS = { ...RATE_HEADERS, ETag: { $ref: "#/components/headers/ETag" }, "Cache-Control": { $ref: "#/components/headers/Cache-Control" } };

// Every GET goes through servePublicGet, which can answer 429 (rate limit, Retry-After) and
// 503 (database outage, Retry-After) on any route, and 500 on an unexpected error; 400 and 404 where the route parses
// parameters or looks an indicator up.
const errors = (...codes: (400 | 404)[]) => ({
  "304": { description: "Not modified: the ETag sent in If-None-Match is current.", headers: CACHE_HEADERS },
  ...(codes.includes(400) ? { "400": { $ref: "#/components/responses/BadRequest" } } : {}),
  ...(codes.includes(404) ? { "404": { $ref: "#/components/responses/NotFound" } } : {}),
  "429": { $ref: "#/components/responses/TooManyRequests" },
  "500": { $ref: "#/components/responses/InternalError" },
  "503": { $ref: "#/components/responses/ServiceUnavailable" },
});

function get(operationId: string, summary: string, description: string, parameters: unknown[], ok: Record<string, unknown>, ...codes: (400 | 404)[]) {
  return { get: { operationId, tags: ["Open data"], summary, description, security: [], parameters, responses: { "200": { description: "OK", headers: CACHE_HEADERS, content: ok }, ...errors(...codes) } } };
}

const codePath = { name: "code", in: "path", required: true, description: "Indicator code, e.g. DE001 / 指标代码", schema: { type: "string" } };

export function buildOpenApiDocument(): JsonSchema {
  const { limit, windowSeconds } = rateLimitConfigFromEnv();
  const license = dataLicense();
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "沈阳市数字经济统计监测 开放数据接口 / Shenyang digital-economy statistics: open data API",
      version: "1.0.0",
      license: license.url ? { name: license.name, url: license.url } : { name: license.name },
      description:
        `Released statistics only: a value appears here exactly when its release time has passed. Values are exact decimals written as strings. ` +
        `Rate limit: ${limit} requests per ${windowSeconds} s per client address (per app instance), answered 429 with Retry-After beyond it. ` +
        `During a database outage every endpoint answers 503 with Retry-After. ` +
        `Within /api/v1 nothing documented here is removed or renamed and no field changes type; new optional parameters and new fields may be added. ` +
        `Data licence: ${license.attribution.en} ` +
        `The same data in the formats of the field: SDMX REST 2.x under /sdmx/v2 (SDMX-ML 2.1, SDMX-JSON 2.0, SDMX-CSV 2.0) and JSON-stat 2.0 (format=jsonstat). ` +
        `Staff operations take a Bearer token from POST /api/v1/auth/token. ` +
        `仅含已发布数据；数值为以字符串表示的精确小数。${license.attribution.zh}`,
    },
    servers: [{ url: "/", description: "This site / 本站" }],
    tags: [
      { name: "Open data", description: "Released statistics: indicators, values, releases. 开放数据。" },
      { name: "SDMX", description: "SDMX REST 2.x: structures and data for SDMX tools (rsdmx, sdmx1, .Stat, Excel). SDMX 接口。" },
      { name: "Staff", description: "Operations of statistics staff; Bearer token. 工作人员接口。" },
    ],
    paths: {
      "/api/v1/indicators": get("listIndicators", "Indicator catalogue / 指标目录", "Indicators with metadata and latest released period, a page at a time (500 by default, in catalogue order; follow paging.next).", queryParameters(ZIndicatorsQuery), json("IndicatorList"), 400),
      "/api/v1/indicators/{code}": get("getIndicator", "One indicator / 单个指标", "Metadata, methodology notes, latest period and next scheduled release.", [codePath], json("IndicatorDetail"), 400, 404),
      "/api/v1/observations": get(
        "listObservations",
        "Released values / 已发布数值",
        `Values by indicator, region and period; derived measures are marked computed. ${OBSERVATION_PARAMS.format.en}.`,
        queryParameters(ZObservationsQuery),
        {
          ...json("ObservationPage"),
          "text/csv": { schema: { type: "string" } },
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: { type: "string", contentEncoding: "binary" } },
        },
        400,
        404,
      ),
      "/api/v1/releases": get("listReleases", "Release calendar / 发布日程", "Past and upcoming releases: titles, times, periods and indicators, never values.", queryParameters(ZReleasesQuery), json("ReleaseList"), 400),
      "/api/openapi.json": get("getOpenApiDocument", "This document / 本文档", "The OpenAPI 3.1 document.", [], { "application/json": { schema: { type: "object" } } }),
      ...sdmxPaths(CACHE_HEADERS),
      ...staffPaths(),
    },
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "An API token from POST /api/v1/auth/token (令牌)." } },
      schemas: componentSchemas(),
      headers: {
        "X-RateLimit-Limit": header("Requests allowed per window."),
        "X-RateLimit-Remaining": header("Requests left now."),
        "X-RateLimit-Reset": header("Seconds until the full allowance is available again."),
        "Retry-After": header("Seconds to wait before the next request."),
        ETag: header("Weak entity tag of the answer; send it back in If-None-Match.", { type: "string" }),
        "Cache-Control": header("public, max-age never past the next scheduled release.", { type: "string" }),
      },
      responses: {
        BadRequest: {
          description: "A parameter was refused (invalid, repeated or unknown); error.parameter names it.",
          headers: RATE_HEADERS,
          content: json("Error"),
        },
        NotFound: { description: "Unknown indicator.", headers: RATE_HEADERS, content: json("Error") },
        TooManyRequests: {
          description: "Rate limit exceeded (error.code rate_limited).",
          headers: RETRY_HEADERS,
          content: json("Error"),
        },
        InternalError: {
          description: "An unexpected server error (error.code internal_error); it is logged, and no detail is sent.",
          headers: RATE_HEADERS,
          content: json("Error"),
        },
        ServiceUnavailable: {
          description: "The database is briefly unavailable (error.code service_unavailable); retry after Retry-After seconds.",
          headers: RETRY_HEADERS,
          content: json("Error"),
        },
      },
    },
  };
}
