import { describe, expect, it } from "vitest";
import { z } from "zod";
import { MAX_FILE_ROWS, MAX_JSON_LIMIT } from "../params/param-help";
import { ZIndicatorsQuery, ZObservationsQuery, ZReleasesQuery } from "../params/queries";
import { ZObservationPage } from "../schemas";
import { buildOpenApiDocument } from "./build-document";
import { responseSchema, validateJson, type Root } from "./validate-json";

const doc = buildOpenApiDocument() as Record<string, any>;
// the open API's own operations (SDMX and staff operations have their own error forms)
const openDataPaths = () => Object.keys(doc.paths).filter((p) => doc.paths[p].get?.tags?.includes("Open data"));

const row = {
  indicator: "DE001",
  region: "210100",
  period: "2025Q3",
  periodEnd: "2025-09-30",
  measure: "level",
  value: "312.45",
  unit: "亿元",
  computed: false,
  reason: null,
  flag: "PRELIMINARY",
  note: null,
  isDemo: true,
  releasedAt: "2025-10-27T02:00:00.000Z",
  revision: { previousValue: "310", previousFlag: null, previousReleasedAt: "2025-07-25T02:00:00.000Z" },
};
const page = {
  data: [row],
  paging: { limit: 1000, offset: 0, total: 1, nextCursor: null, next: null },
  meta: {
    asOf: null,
    measure: "level",
    isDemo: true,
    demoNote: { zh: "示例", en: "demo" },
    source: { zh: "沈阳市统计局", en: "Shenyang" },
    roundingRule: { zh: "四舍五入", en: "half up" },
    license: { name: "CC-BY-4.0", url: "https://creativecommons.org/licenses/by/4.0/", attribution: { zh: "注明来源", en: "attribution" } },
    indicators: { DE001: { nameZh: "核心产业增加值", nameEn: "VA", unit: "亿元", decimals: 2 } },
    regions: { "210100": { nameZh: "沈阳市", nameEn: "Shenyang" } },
  },
};

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 with every endpoint and the components it refers to", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(openDataPaths()).toEqual(["/api/v1/indicators", "/api/v1/indicators/{code}", "/api/v1/observations", "/api/v1/releases", "/api/openapi.json"]);
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/(\w+)\/([\w-]+)"/g)];
    for (const [, kind, id] of refs) expect(doc.components[kind]?.[id], `${kind}/${id}`).toBeDefined();
  });
  it("lists the observation parameters from the zod query schema", () => {
    const names = doc.paths["/api/v1/observations"].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(["indicator", "region", "from", "to", "last", "asOf", "measure", "format", "lang", "limit", "offset", "cursor"]);
    const indicator = doc.paths["/api/v1/observations"].get.parameters[0];
    expect(indicator).toMatchObject({ in: "query", style: "form", explode: true, schema: { type: "array" } });
  });
  it("accepts a well-formed page, which the zod schema accepts too", () => {
    expect(ZObservationPage.safeParse(page).success).toBe(true);
    expect(validateJson(page, responseSchema(doc, "/api/v1/observations"), doc as Root)).toEqual([]);
  });
  it("leaves response schemas open to fields added within v1, while our own check refuses undocumented ones", () => {
    // additionalProperties:false would make a strictly validating generated client refuse the
    // first field v1 adds; maps (additionalProperties: {schema}) keep their value schemas.
    const closed: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${at}[${i}]`));
      else if (node && typeof node === "object") {
        for (const [k, v] of Object.entries(node)) {
          if (k === "additionalProperties" && v === false) closed.push(at);
          walk(v, `${at}.${k}`);
        }
      }
    };
    walk(doc.components.schemas, "components.schemas");
    for (const path of openDataPaths()) walk(doc.paths[path].get.responses, path);
    expect(closed).toEqual([]);
    expect(doc.components.schemas.ObservationMeta.properties.indicators.additionalProperties).toMatchObject({ type: "object" });

    const schema = responseSchema(doc, "/api/v1/observations");
    const withExtra = { ...page, extra: 1, data: [{ ...row, extra: 1 }], meta: { ...page.meta, source: { ...page.meta.source, extra: 1 } } };
    expect(validateJson(withExtra, schema, doc as Root, { undocumented: "allow" })).toEqual([]);
    expect(validateJson(withExtra, schema, doc as Root)).toEqual([
      "$.data[0]: unexpected property extra",
      "$.meta.source: unexpected property extra",
      "$: unexpected property extra",
    ]);
  });
  it("keeps requests strict: unknown query parameters are refused", () => {
    for (const query of [ZObservationsQuery, ZIndicatorsQuery, ZReleasesQuery]) {
      expect(z.toJSONSchema(query, { io: "input" })).toMatchObject({ additionalProperties: false });
      expect(query.safeParse({ typo: "x" }).success).toBe(false);
    }
  });
  it("documents 429 and 503 with the Error schema and Retry-After on every operation, 400 where parameters are parsed", () => {
    const resolve = (r: any) => (r?.$ref ? doc.components.responses[r.$ref.split("/").pop()] : r);
    const body = { error: { code: "service_unavailable", message: "服务暂时不可用 / Service temporarily unavailable" } };
    for (const path of openDataPaths()) {
      const responses = doc.paths[path].get.responses;
      const statuses = path === "/api/openapi.json" ? ["429", "503"] : ["400", "429", "503"];
      for (const status of statuses) {
        const response = resolve(responses[status]);
        expect(response?.content?.["application/json"]?.schema, `${path} ${status}`).toEqual({ $ref: "#/components/schemas/Error" });
        expect(validateJson(body, responseSchema(doc, path, status), doc as Root), `${path} ${status}`).toEqual([]);
        expect(response.headers["X-RateLimit-Limit"], `${path} ${status}`).toBeDefined();
        if (status !== "400") expect(response.headers["Retry-After"], `${path} ${status}`).toEqual({ $ref: "#/components/headers/Retry-After" });
      }
      const internal = { error: { code: "internal_error", message: "服务器内部错误 / Internal server error" } };
      expect(validateJson(internal, responseSchema(doc, path, "500"), doc as Root), `${path} 500`).toEqual([]);
    }
  });
  it("states the JSON cap of limit in its description, the schema maximum being the file cap", () => {
    const limit = doc.paths["/api/v1/observations"].get.parameters.find((p: { name: string }) => p.name === "limit");
    expect(limit.schema).toMatchObject({ type: "integer", minimum: 1, maximum: MAX_FILE_ROWS });
    expect(limit.description).toContain(`1–${MAX_JSON_LIMIT} for JSON`);
    expect(limit.description).toContain(`1–${MAX_FILE_ROWS} for CSV/XLSX`);
    expect(limit.description).toContain(`JSON 为 1–${MAX_JSON_LIMIT}`);
    // the stated caps are the enforced ones
    const ok = (q: Record<string, string>) => ZObservationsQuery.safeParse(q).success;
    expect(ok({ limit: String(MAX_JSON_LIMIT) })).toBe(true);
    expect(ok({ limit: String(MAX_JSON_LIMIT + 1) })).toBe(false);
    expect(ok({ limit: String(MAX_JSON_LIMIT + 1), format: "csv" })).toBe(true);
    expect(ok({ limit: String(MAX_FILE_ROWS + 1), format: "csv" })).toBe(false);
  });
  it("refuses floats, missing fields, bad enums and (by default) undocumented fields", () => {
    const schema = responseSchema(doc, "/api/v1/observations");
    const bad = (patch: Record<string, unknown>) => validateJson({ ...page, data: [{ ...row, ...patch }] }, schema, doc as Root);
    expect(bad({ value: 312.45 })).toEqual(["$.data[0].value: matches none of anyOf"]);
    expect(bad({ value: "3.1e2" })).toEqual(["$.data[0].value: matches none of anyOf"]);
    expect(bad({ measure: "qoq" })[0]).toMatch(/not in enum/);
    expect(bad({ extra: 1 })[0]).toMatch(/unexpected property extra/);
    expect(bad({ releasedAt: "yesterday" })[0]).toMatch(/^\$\.data\[0\]\.releasedAt: "yesterday" does not/);
    const { isDemo: _omit, ...missing } = row;
    expect(validateJson({ ...page, data: [missing] }, schema, doc as Root)).toEqual(["$.data[0]: missing required isDemo"]);
  });
  it("states the data licence, and marks public operations security: [] and staff ones bearerAuth", () => {
    expect(doc.info.license).toEqual({ name: "CC-BY-4.0", url: "https://creativecommons.org/licenses/by/4.0/" });
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    const ops = Object.entries<any>(doc.paths).flatMap(([path, item]) => Object.entries<any>(item).map(([method, op]) => ({ path, method, op })));
    for (const { path, method, op } of ops) {
      const publicOp = op.tags.includes("Open data") || op.tags.includes("SDMX") || path.startsWith("/api/v1/auth/");
      expect(op.security, `${method} ${path}`).toEqual(publicOp ? [] : [{ bearerAuth: [] }]);
    }
    for (const staff of ["/api/v1/batches", "/api/v1/batches/{id}/approve", "/api/v1/templates", "/api/v1/schedule", "/api/v1/catalogue/export", "/api/v1/audit"]) expect(doc.paths[staff], staff).toBeDefined();
  });
  it("describes error answers", () => {
    const schema = responseSchema(doc, "/api/v1/observations", "400");
    expect(validateJson({ error: { code: "invalid_parameter", message: "参数 / Parameter", parameter: "from" } }, schema, doc as Root)).toEqual([]);
    expect(validateJson({ message: "x" }, schema, doc as Root)).toEqual(["$: missing required error", "$: unexpected property message"]);
  });
});
