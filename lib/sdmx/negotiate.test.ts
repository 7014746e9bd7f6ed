import { describe, expect, it } from "vitest";
import { SdmxError } from "./errors";
import { negotiate, sdmxAnswerKey } from "./negotiate";

const data = (accept: string | null, query = "") => negotiate("data", new URLSearchParams(query), accept);

describe("SDMX content negotiation", () => {
  it("answers SDMX-ML to */*, XML and no Accept (what rsdmx and sdmx1 send)", () => {
    for (const a of [null, "*/*", "application/xml", "text/xml, */*;q=0.1", "application/vnd.sdmx.structurespecificdata+xml;version=2.1"]) expect(data(a), String(a)).toEqual({ kind: "ml" });
  });
  it("follows quality values and the standard's media types, with SDMX-CSV labels", () => {
    expect(data("application/vnd.sdmx.data+json;version=2.0.0")).toEqual({ kind: "json" });
    expect(data("application/xml;q=0.5, application/vnd.sdmx.data+json;version=2.0.0")).toEqual({ kind: "json" });
    expect(data("application/vnd.sdmx.data+csv;version=2.0.0;labels=both")).toEqual({ kind: "csv", labels: "both" });
    expect(data("text/html", "format=sdmx-csv&labels=name")).toEqual({ kind: "csv", labels: "name" });
  });
  it("refuses versions it does not write with 406, and an unknown format parameter with 400", () => {
    const status = (f: () => unknown) => {
      try {
        f();
        return 200;
      } catch (e) {
        return (e as SdmxError).status;
      }
    };
    expect(status(() => data("application/vnd.sdmx.data+xml;version=3.0.0"))).toBe(406);
    expect(status(() => data("text/html"))).toBe(406);
    expect(status(() => data(null, "format=pdf"))).toBe(400);
    expect(status(() => negotiate("structure", new URLSearchParams("format=csv"), null))).toBe(400);
  });
  it("keys stored answers by URL and negotiated format, so one URL keeps one answer per format", () => {
    const path = "/sdmx/v2/data/dataflow/SYTJJ/DF_DE/1.0.0/Q.DE001";
    expect(sdmxAnswerKey(path, "", "*/*")).toBe(`${path}\nml`);
    expect(sdmxAnswerKey(path, "", "application/vnd.sdmx.data+json;version=2.0.0")).toBe(`${path}\njson`);
    expect(sdmxAnswerKey(path, "", "text/html")).toBeNull();
    expect(sdmxAnswerKey("/api/v1/observations", "", null)).toBeNull();
  });
});
