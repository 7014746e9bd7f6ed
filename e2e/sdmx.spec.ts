// SDMX REST 2.x and JSON-stat, read as the field's own tools read them: every answer validated
// against the normative schemas (SDMX-ML 2.1 XSDs with xmllint, SDMX-JSON 2.0.0 with Ajv),
// R's rsdmx reading structures and data by URL, golden files of every format for a data set
// this spec releases at fixed times, and values equal to the open API's.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { validateSdmxJsonData, validateSdmxJsonStructure, validateSdmxMl } from "../lib/sdmx/testing/validators";
import { requestAs } from "./helpers/auth";
import { expectGolden, FIRST, normalise, release, removeBatches, REVISION, T1, T2, validateDataMl } from "./helpers/sdmx";

const ML = "*/*";
const JSON_DATA = "application/vnd.sdmx.data+json;version=2.0.0";
const JSON_STRUCTURE = "application/vnd.sdmx.structure+json;version=2.0.0";
const CSV = "application/vnd.sdmx.data+csv;version=2.0.0";
const FLOW = "/sdmx/v2/data/dataflow/SYTJJ/DF_DE/1.0.0";
const Y2015 = "c[TIME_PERIOD]=ge:2015-Q1+le:2015-Q4";

let api: APIRequestContext;
const batches: number[] = [];

/** GET with the open API's rate limit waited out (the e2e server allows 60 per 2 s). */
async function get(url: string, accept = ML): Promise<APIResponse> {
  for (let i = 0; ; i++) {
    const res = await api.get(url, { headers: { Accept: accept }, maxRedirects: 0 });
    if (res.status() !== 429 || i === 5) return res;
    await new Promise((r) => setTimeout(r, 1000 * Number(res.headers()["retry-after"] ?? 1)));
  }
}

async function openApiRows(query: string): Promise<{ region: string; period: string; value: string | null; flag: string | null; revision: { previousValue: string | null; previousReleasedAt: string } | null }[]> {
  const res = await get(`/api/v1/observations?${query}&limit=10000`, "application/json");
  expect(res.status()).toBe(200);
  return (await res.json()).data;
}

/** SDMX-CSV lines as objects (component id → cell), exact strings. */
function csvRows(text: string): Record<string, string>[] {
  const [head, ...lines] = text.replace(/^\uFEFF/, "").trim().split(/\r?\n/);
  const cols = head.split(",");
  return lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [cols[i], v])));
}

test.describe.serial("[SDMX]", () => {
  test.beforeAll(async ({ baseURL }) => {
    api = await requestAs(baseURL!);
    batches.push(await release(baseURL!, FIRST, T1));
    batches.push(await release(baseURL!, REVISION, T2, "CORRECTION"));
  });
  test.afterAll(async () => {
    await removeBatches(batches);
    await api.dispose();
  });

  test("[SDMX]: structures validate against SDMX-ML 2.1 and SDMX-JSON 2.0.0, with every indicator and region", async () => {
    for (const url of [
      "/sdmx/v2/structure/dataflow",
      "/sdmx/v2/structure/dataflow/SYTJJ/DF_DE/1.0.0?references=all",
      "/sdmx/v2/structure/datastructure/SYTJJ/DSD_DE/+?references=descendants",
      "/sdmx/v2/structure/*/*/*/~?detail=allstubs",
      "/sdmx/v2/structure/codelist/SYTJJ/CL_AREA/1.0/210102",
      "/sdmx/v2/structure/conceptscheme/SYTJJ/CS_DE/1.0.0?references=parents&detail=referencestubs",
    ]) {
      const ml = await get(url);
      expect(ml.status(), url).toBe(200);
      expect(ml.headers()["content-type"]).toContain("application/vnd.sdmx.structure+xml;version=2.1");
      const xml = await ml.text();
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<message:Structure '), url).toBe(true);
      expect(validateSdmxMl(xml), url).toEqual([]);
      const json = await get(url, JSON_STRUCTURE);
      const text = await json.text();
      expect(text.slice(0, 300), url).toContain('"schema":"https://raw.githubusercontent.com/sdmx-twg/sdmx-json/master/structure-message/tools/schemas/2.0.0/sdmx-json-structure-schema.json"');
      expect(validateSdmxJsonStructure(JSON.parse(text)), url).toEqual([]);
    }
    const all = JSON.parse(await (await get("/sdmx/v2/structure/codelist/SYTJJ/CL_INDICATOR,CL_AREA", JSON_STRUCTURE)).text());
    const indicators = (await (await get("/api/v1/indicators", "application/json")).json()).data.map((i: { code: string }) => i.code);
    const byId = Object.fromEntries(all.data.codelists.map((c: { id: string; codes: { id: string }[] }) => [c.id, c.codes.map((x) => x.id)]));
    expect(byId.CL_INDICATOR.sort()).toEqual([...indicators].sort());
    expect(byId.CL_AREA).toHaveLength(14);
    const flows = JSON.parse(await (await get("/sdmx/v2/structure/dataflow/SYTJJ", JSON_STRUCTURE)).text()).data.dataflows;
    expect(flows.map((f: { id: string }) => f.id)).toEqual(["DF_DE", "DF_DE_INFRASTRUCTURE", "DF_DE_DATA_FACTOR", "DF_DE_INDUSTRIALIZATION", "DF_DE_DIGITALIZATION", "DF_DE_INNOVATION"]);
    expect(flows[0].names).toEqual({ zh: "沈阳市数字经济统计监测", en: "Shenyang digital-economy statistics monitor" });
  });

  test("[SDMX]: data validate for a series, a wildcard key, a cross-section, all dimensions and includeHistory", async () => {
    const queries: [string, string][] = [
      [`${FLOW}/Q.DE001.210100.LEVEL`, "TIME_PERIOD"],
      [`${FLOW}/*?c[INDICATOR]=DE001,DE002,DE024&lastNObservations=4`, "TIME_PERIOD"],
      [`/sdmx/v2/data/dataflow/SYTJJ/DF_DE_INDUSTRIALIZATION/+/Q..*.YOY?c[TIME_PERIOD]=ge:2024-Q1&dimensionAtObservation=REF_AREA`, "REF_AREA"],
      [`${FLOW}/.DE001..?${Y2015}&dimensionAtObservation=AllDimensions`, "AllDimensions"],
      [`${FLOW}/Q.DE001..LEVEL?includeHistory=true&${Y2015}`, "TIME_PERIOD"],
    ];
    for (const [url, dim] of queries) {
      const ml = await get(url);
      expect(ml.status(), url).toBe(200);
      expect(ml.headers()["content-type"]).toContain("application/vnd.sdmx.structurespecificdata+xml;version=2.1");
      const xml = await ml.text();
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<message:StructureSpecificData '), url).toBe(true);
      expect(validateDataMl(xml, dim), url).toEqual([]);
      const json = await get(url, JSON_DATA);
      expect(validateSdmxJsonData(JSON.parse(await json.text())), url).toEqual([]);
    }
  });

  test("[SDMX]: golden files of every format for the spec's own released data", async () => {
    const url = `${FLOW}/Q.DE001..LEVEL?${Y2015}`;
    expectGolden("data-2015.xml", normalise(await (await get(url)).text()));
    expectGolden("data-2015.json", normalise(await (await get(url, JSON_DATA)).text()));
    expectGolden("data-2015.csv", await (await get(`${url}&format=sdmx-csv&labels=both`)).text());
    expectGolden("data-2015-jsonstat.json", await (await get("/api/v1/observations?indicator=DE001&region=210100,210102&from=2015Q1&to=2015Q4&format=jsonstat&lang=en")).text());
    expectGolden("codelist-area.xml", normalise(await (await get("/sdmx/v2/structure/codelist/SYTJJ/CL_AREA/1.0.0")).text()));
    expectGolden("codelist-area.json", normalise(await (await get("/sdmx/v2/structure/codelist/SYTJJ/CL_AREA/1.0.0", JSON_STRUCTURE)).text()));
  });

  test("[SDMX]: values equal the open API's exactly, flags and withheld values included, in SDMX-CSV, SDMX-ML and JSON-stat", async () => {
    for (const [measure, code] of [["level", "LEVEL"], ["yoy", "YOY"], ["in-period", "IN_PERIOD"]] as const) {
      const open = await openApiRows(`indicator=DE001&measure=${measure}`);
      const csv = csvRows(await (await get(`${FLOW}/Q.DE001..${code}`, CSV)).text());
      const sdmx = new Map(csv.map((r) => [`${r.REF_AREA}|${r.TIME_PERIOD.replace("-", "")}`, r]));
      const expected = open.filter((o) => o.value !== null || o.flag === "CONFIDENTIAL" || o.flag === "MISSING");
      expect(csv.length, measure).toBe(expected.length);
      for (const o of expected) {
        const r = sdmx.get(`${o.region}|${o.period}`);
        expect(r?.OBS_VALUE ?? "missing", `${measure} ${o.region} ${o.period}`).toBe(o.value ?? "");
        expect(r!.OBS_CONF).toBe(o.flag === "CONFIDENTIAL" ? "C" : "F");
        expect(r!.OBS_STATUS).toBe(o.value === null ? "M" : o.flag === "PRELIMINARY" ? "P" : o.flag === "ESTIMATED" ? "E" : "A");
      }
    }
    const xml = await (await get(`${FLOW}/Q.DE001.210102.LEVEL?${Y2015}`)).text();
    expect(xml).toContain('<Obs TIME_PERIOD="2015-Q2" OBS_STATUS="M" OBS_CONF="C"/>'); // withheld: no value, never a number
    expect(xml).toContain('<Obs TIME_PERIOD="2015-Q3" OBS_VALUE="4.75" OBS_STATUS="A" OBS_CONF="F"/>');
    const stat = await (await get("/api/v1/observations?indicator=DE001&region=210102&from=2015Q1&to=2015Q4&format=jsonstat")).json();
    expect(stat.value).toEqual([1.5, null, 4.75, 6]);
    expect(stat.status).toEqual({ "1": "c" });
    expect(stat.dimension.indicator.category.unit.DE001).toEqual({ label: "亿元", decimals: 2 });
  });

  test("[SDMX]: asOf before a revision gives the old value; includeHistory and updatedAfter show the revision", async () => {
    const key = `${FLOW}/Q.DE001.210100.LEVEL?${Y2015}`;
    const q4 = (csv: string) => csvRows(csv).find((r) => r.TIME_PERIOD === "2015-Q4")?.OBS_VALUE;
    expect(q4(await (await get(key, CSV)).text())).toBe("51.5");
    expect(q4(await (await get(`${key}&asOf=2016-02-01`, CSV)).text())).toBe("50.125");
    expect(q4(await (await get(`${key}&asOf=${encodeURIComponent("2016-04-20T09:59:00+08:00")}`, CSV)).text())).toBe("50.125");
    expect((await get(`${key}&asOf=2016-01-01`)).status()).toBe(404); // before the first release: nothing

    const [open] = (await openApiRows("indicator=DE001&region=210100&from=2015Q4&to=2015Q4")).filter((o) => o.period === "2015Q4");
    expect(open.revision).toEqual({ previousValue: "50.125", previousFlag: null, previousReleasedAt: T1.toISOString() });
    const history = JSON.parse(await (await get(`${key}&includeHistory=true`, JSON_DATA)).text());
    expect(history.data.dataSets.map((s: { validFrom: string; action: string }) => [s.action, s.validFrom])).toEqual([["Replace", T1.toISOString()], ["Replace", T2.toISOString()]]);
    const value = (set: { series: Record<string, { observations: Record<string, unknown[]> }> }) => Object.values(set.series).flatMap((s) => Object.values(s.observations).map((o) => o[0]));
    expect(value(history.data.dataSets[0])).toEqual([10.5, 22.25, 35, 50.125]);
    expect(value(history.data.dataSets[1])).toEqual([51.5]);
    const updated = csvRows(await (await get(`${FLOW}/Q.DE001..LEVEL?${Y2015}&updatedAfter=2016-02-01`, CSV)).text());
    expect(updated.map((r) => [r.REF_AREA, r.TIME_PERIOD, r.OBS_VALUE])).toEqual([["210100", "2015-Q4", "51.5"]]);
    expect((await get(`${FLOW}/Q.DE001..LEVEL?${Y2015}&updatedAfter=2016-05-01`)).status()).toBe(404);
  });

  test("[SDMX]: R's rsdmx reads the dataflows, the data structure and the data by URL; its values equal the open API's", async ({ baseURL }) => {
    test.setTimeout(120_000);
    const script = path.join(process.cwd(), "e2e", "helpers", "rsdmx-read.R");
    const out = execFileSync("Rscript", [script, `${baseURL}/sdmx/v2`, `/data/dataflow/SYTJJ/DF_DE/1.0.0/Q.DE001.210100+210102.LEVEL?${Y2015}`], { encoding: "utf8", timeout: 100_000 });
    const r = JSON.parse(out) as { flows: string[]; areas: string[]; areaNames: string[]; components: string[]; data: Record<string, string | number | null>[] };
    expect(r.flows).toContain("DF_DE");
    expect(r.areas).toHaveLength(14);
    expect(r.areaNames[0]).toBe("沈阳市");
    expect(r.components).toEqual(["FREQ", "INDICATOR", "REF_AREA", "MEASURE", "TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE", "UNIT_MULT", "DECIMALS", "OBS_STATUS", "OBS_CONF", "COMPUTED", "OBS_COMMENT"]);
    const open = await openApiRows("indicator=DE001&region=210100,210102&from=2015Q1&to=2015Q4");
    expect(r.data).toHaveLength(open.length);
    for (const o of open) {
      const row = r.data.find((d) => d.REF_AREA === o.region && d.TIME_PERIOD === o.period.replace("Q", "-Q"));
      expect(row, `${o.region} ${o.period}`).toBeDefined();
      expect(row!.OBS_VALUE === null ? null : String(row!.OBS_VALUE), `${o.region} ${o.period}`).toBe(o.value);
      expect(row!.OBS_CONF).toBe(o.flag === "CONFIDENTIAL" ? "C" : "F");
      if (o.flag === "PRELIMINARY") expect(row!.OBS_STATUS).toBe("P");
    }
  });

  test("[SDMX]: refusals in SDMX's error form (404 no results, 400 syntax, 406 formats); the path forms clients build", async () => {
    const none = await get(`${FLOW}/Q.DE001.210100.LEVEL?c[TIME_PERIOD]=le:1990`);
    expect(none.status()).toBe(404);
    expect(await none.text()).toMatch(/<message:Error [^>]*><message:ErrorMessage code="100">/);
    const bad = await get(`${FLOW}/Q.DE001.210100.LEVEL.X.Y`, JSON_DATA);
    expect(bad.status()).toBe(400);
    expect((await bad.json()).errors[0]).toMatchObject({ code: 140 });
    expect((await get(`${FLOW}/Q.DE001?lastNObservations=0`)).status()).toBe(400);
    expect((await get(`${FLOW}/Q.DE001?c[NOPE]=1`)).status()).toBe(400);
    expect((await get(`${FLOW}/Q.DE001`, "application/vnd.sdmx.data+xml;version=3.0.0")).status()).toBe(406);
    expect((await get("/sdmx/v2/structure/categoryscheme")).status()).toBe(404);
    expect((await get("/sdmx/v2/structure/nonsense")).status()).toBe(400);
    for (const url of [`/sdmx/v2/data/dataflow/*/DF_DE/~/Q.DE001.210100.LEVEL?${Y2015}`, `/sdmx/v2/data/dataflow/SYTJJ/DF_DE/+/*?c[INDICATOR]=DE001&c[REF_AREA]=210100&${Y2015}`, `/sdmx/v2/data/*/*/DF_DE/*/Q.DE001.210100?${Y2015}`]) {
      expect((await get(url)).status(), url).toBe(200);
    }
    const slash = await api.get("/sdmx/v2/structure/dataflow/SYTJJ/DF_DE/1.0.0/", { maxRedirects: 5 });
    expect(slash.status()).toBe(200);
  });

  test("[SDMX]: one URL answers each format it is asked for, with its ETag, CORS and the licence link", async () => {
    const url = `${FLOW}/Q.DE001.210100.LEVEL?${Y2015}`;
    const xml = await get(url);
    const json = await get(url, JSON_DATA);
    expect(xml.headers()["content-type"]).toContain("xml");
    expect(json.headers()["content-type"]).toContain("application/vnd.sdmx.data+json;version=2.0.0");
    expect(xml.headers().etag).not.toBe(json.headers().etag);
    expect(xml.headers()["access-control-allow-origin"]).toBe("*");
    expect(xml.headers().vary).toContain("Accept");
    expect(xml.headers().link).toContain('rel="license"');
    const again = await api.get(url, { headers: { Accept: JSON_DATA, "If-None-Match": json.headers().etag } });
    expect(again.status()).toBe(304);
  });
});

test("[OPENAPI]: the served document passes redocly lint (recommended) with no error and no warning", async ({ baseURL }) => {
  test.setTimeout(90_000);
  const api = await requestAs(baseURL!);
  const doc = await (await api.get("/api/openapi.json")).text();
  await api.dispose();
  const file = path.join(mkdtempSync(path.join(tmpdir(), "openapi-")), "openapi.json");
  writeFileSync(file, doc);
  const cli = path.join(process.cwd(), "node_modules", ".bin", "redocly");
  const out = execFileSync(cli, ["lint", "--extends=recommended", "--format=json", file], { encoding: "utf8", env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } });
  const report = JSON.parse(out.slice(out.indexOf("{")));
  expect(report.problems.map((p: { ruleId: string; message: string; severity: string }) => `${p.severity} ${p.ruleId}: ${p.message}`)).toEqual([]);
  expect(JSON.parse(doc).info.license.name).toBe("CC-BY-4.0");
});
