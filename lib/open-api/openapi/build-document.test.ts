import { describe, expect, it } from "vitest";
import { ZObservationPage } from "../schemas";
import { buildOpenApiDocument } from "./build-document";
import { responseSchema, validateJson, type Root } from "./validate-json";

const doc = buildOpenApiDocument() as Record<string, any>;

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
  revision: { previousValue: "310", previousReleasedAt: "2025-07-25T02:00:00.000Z" },
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
    indicators: { DE001: { nameZh: "核心产业增加值", nameEn: "VA", unit: "亿元", decimals: 2 } },
    regions: { "210100": { nameZh: "沈阳市", nameEn: "Shenyang" } },
  },
};

describe("OpenAPI document", () => {
  it("is OpenAPI 3.1 with every endpoint and the components it refers to", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(["/api/v1/indicators", "/api/v1/indicators/{code}", "/api/v1/observations", "/api/v1/releases", "/api/openapi.json"]);
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
  it("refuses floats, missing fields, bad enums and unknown fields", () => {
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
  it("describes error answers", () => {
    const schema = responseSchema(doc, "/api/v1/observations", "400");
    expect(validateJson({ error: { code: "invalid_parameter", message: "参数 / Parameter", parameter: "from" } }, schema, doc as Root)).toEqual([]);
    expect(validateJson({ message: "x" }, schema, doc as Root)).toEqual(["$: missing required error", "$: unexpected property message"]);
  });
});
