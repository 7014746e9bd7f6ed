import { describe, expect, it } from "vitest";
import { SdmxError } from "../errors";
import { parseDataQuery } from "./data-query";

const parse = (path: string, query = "") => parseDataQuery(path.split("/").filter(Boolean), new URLSearchParams(query));
const refusal = (path: string, query = ""): number | null => {
  try {
    parse(path, query);
    return null;
  } catch (e) {
    return e instanceof SdmxError ? e.status : -1;
  }
};

describe("SDMX data query", () => {
  it("reads keys with wildcards, 2.1 '+' alternatives and REST 2.x ',' between keys; a short key leaves the rest free", () => {
    expect(parse("dataflow/SYTJJ/DF_DE/1.0.0/Q.DE001+DE002..LEVEL").keys).toEqual([{ FREQ: ["Q"], INDICATOR: ["DE001", "DE002"], MEASURE: ["LEVEL"] }]);
    expect(parse("dataflow/SYTJJ/DF_DE/1.0.0/*").keys).toEqual([{}]);
    expect(parse("dataflow/SYTJJ/DF_DE/1.0.0/.DE001,M.DE024.210100").keys).toEqual([{ INDICATOR: ["DE001"] }, { FREQ: ["M"], INDICATOR: ["DE024"], REF_AREA: ["210100"] }]);
    expect(parse("dataflow/*/DF_DE").flows).toBeNull(); // the whole monitor
    expect(parse("dataflow/SYTJJ/DF_DE_INNOVATION/+").flows).toEqual(["DF_DE_INNOVATION"]);
  });
  it("reads c[...] filters: ',' is OR, '+' (or the space an unencoded '+' becomes) is AND, operators as prefixes", () => {
    const q = parse("dataflow", "c[TIME_PERIOD]=ge:2024-Q1 le:2025-M06&c[INDICATOR]=DE001,sw:DE00");
    expect(q.time).toEqual([[{ op: "ge", span: { start: "2024-01-01", end: "2024-03-31" } }, { op: "le", span: { start: "2025-06-01", end: "2025-06-30" } }]]);
    expect(q.filters.INDICATOR).toEqual([[{ op: "eq", value: "DE001" }], [{ op: "sw", value: "DE00" }]]);
    expect(parse("dataflow", "startPeriod=2024&endPeriod=2024-S1").time).toEqual([[{ op: "ge", span: { start: "2024-01-01", end: "2024-12-31" } }, { op: "le", span: { start: "2024-01-01", end: "2024-06-30" } }]]);
  });
  it("reads asOf as the end of a Beijing day and updatedAfter as its start; a bare time is Beijing time", () => {
    expect(parse("dataflow", "asOf=2025-06-30").asOf!.toISOString()).toBe("2025-06-30T15:59:59.999Z");
    expect(parse("dataflow", "updatedAfter=2025-06-30").updatedAfter!.toISOString()).toBe("2025-06-29T16:00:00.000Z");
    expect(parse("dataflow", "asOf=2025-06-30T10:00:00 08:00").asOf!.toISOString()).toBe("2025-06-30T02:00:00.000Z");
    expect(parse("dataflow", "asOf=2025-06-30T10:00:00").asOf!.toISOString()).toBe("2025-06-30T02:00:00.000Z");
  });
  it("refuses what is wrong with 400, what is not ours with 404 and what we do not implement with 501", () => {
    expect(refusal("dataflow/SYTJJ/DF_DE/1.0.0/Q.DE001.210100.LEVEL.X")).toBe(400);
    expect(refusal("nonsense")).toBe(400);
    expect(refusal("dataflow", "lastNObservations=0")).toBe(400);
    expect(refusal("dataflow", "c[TIME_PERIOD]=co:2024")).toBe(400);
    expect(refusal("dataflow", "c[NOPE]=1")).toBe(400);
    expect(refusal("dataflow", "typo=1")).toBe(400);
    expect(refusal("dataflow", "asOf=yesterday")).toBe(400);
    expect(refusal("dataflow", "asOf=2025-01-01&updatedAfter=2025-02-01")).toBe(400);
    expect(refusal("dataflow/ECB/EXR")).toBe(404);
    expect(refusal("dataflow/SYTJJ/DF_DE/2.0.0")).toBe(404);
    expect(refusal("provisionagreement")).toBe(404);
    expect(refusal("dataflow", "sort=TIME_PERIOD:desc")).toBe(501);
    expect(refusal("dataflow", "attributes=msd")).toBe(501);
  });
});
