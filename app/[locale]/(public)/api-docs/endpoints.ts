// The endpoints the docs page describes, with their parameters (the same help texts the API
// answers 400 with and the OpenAPI document carries) and curl examples.
import { INDICATOR_LIST_PARAMS, OBSERVATION_PARAMS, RELEASE_PARAMS, type ParamHelpMap } from "@/lib/open-api/params/param-help";

export type EndpointDoc = { id: string; path: string; textKey: string; params: ParamHelpMap; examples: string[] };

const CODE_PARAM: ParamHelpMap = { code: { zh: "路径参数：指标代码，如 DE001", en: "path parameter: indicator code, e.g. DE001" } };

export function endpointDocs(base: string): EndpointDoc[] {
  const curl = (path: string) => `curl -s "${base}${path}"`;
  return [
    { id: "indicators", path: "/api/v1/indicators", textKey: "indicators", params: INDICATOR_LIST_PARAMS, examples: [curl("/api/v1/indicators?chapter=INDUSTRIALIZATION")] },
    { id: "indicator", path: "/api/v1/indicators/{code}", textKey: "indicator", params: CODE_PARAM, examples: [curl("/api/v1/indicators/DE001")] },
    {
      id: "observations",
      path: "/api/v1/observations",
      textKey: "observations",
      params: OBSERVATION_PARAMS,
      examples: [
        curl("/api/v1/observations?indicator=DE001&region=210100&from=2024Q1"),
        curl("/api/v1/observations?indicator=DE001,DE004&region=210100&measure=yoy&last=4"),
        curl("/api/v1/observations?indicator=DE001&asOf=2025-06-30"),
        `curl -sOJ "${base}/api/v1/observations?indicator=DE001&format=xlsx"`,
        `curl -si "${base}/api/v1/observations?indicator=DE001" -H 'If-None-Match: W/"<ETag>"'`,
      ],
    },
    { id: "releases", path: "/api/v1/releases", textKey: "releases", params: RELEASE_PARAMS, examples: [curl("/api/v1/releases?status=scheduled")] },
    { id: "openapi", path: "/api/openapi.json", textKey: "openapiDoc", params: {}, examples: [curl("/api/openapi.json")] },
  ];
}

/** The download URLs the indicator page links to, for one indicator. */
export function downloadExamples(code: string): { key: "downloadFull" | "downloadShown"; urls: string[] }[] {
  const full = `/api/v1/observations?indicator=${code}`;
  const shown = `/api/v1/observations?indicator=${code}&region=210100,210102,210106&last=8&measure=in-period`;
  return [
    { key: "downloadFull", urls: ["csv", "xlsx", "json"].map((f) => `${full}&format=${f}`) },
    { key: "downloadShown", urls: ["csv", "xlsx", "json"].map((f) => `${shown}&format=${f}`) },
  ];
}
