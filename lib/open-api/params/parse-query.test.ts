import { describe, expect, it } from "vitest";
import { ParamError } from "./param-error";
import { OBSERVATION_PARAMS, RELEASE_PARAMS } from "./param-help";
import { parseQuery, queryRecord } from "./parse-query";
import { OBSERVATION_LIST_PARAMS, RELEASE_LIST_PARAMS, ZObservationsQuery, ZReleasesQuery } from "./queries";

const obs = (qs: string) => parseQuery(new URLSearchParams(qs), ZObservationsQuery, OBSERVATION_PARAMS, OBSERVATION_LIST_PARAMS);

function refused(qs: string): ParamError {
  try {
    obs(qs);
  } catch (e) {
    if (e instanceof ParamError) return e;
    throw e;
  }
  throw new Error(`accepted: ${qs}`);
}

describe("queryRecord", () => {
  it("merges repeated and comma-separated list parameters, dropping blanks and duplicates", () => {
    const r = queryRecord(new URLSearchParams("indicator=DE001,DE002&indicator=DE003&indicator=DE001&region=&from=2024Q1"), ["indicator", "region"]);
    expect(r).toEqual({ indicator: ["DE001", "DE002", "DE003"], from: "2024Q1" });
  });
  it("refuses a single-valued parameter given twice", () => {
    expect(() => queryRecord(new URLSearchParams("from=2024Q1&from=2025Q1"), [])).toThrow(/from/);
  });
});

describe("observations query", () => {
  it("applies defaults", () => {
    expect(obs("")).toEqual({ measure: "level", format: "json", lang: "zh" });
  });
  it("parses every parameter", () => {
    expect(obs("indicator=DE001&region=210100,210102&from=2024Q1&to=2025Q3&last=4&asOf=2025-07-01&measure=yoy&format=csv&lang=en&limit=50&offset=10")).toEqual({
      indicator: ["DE001"],
      region: ["210100", "210102"],
      from: "2024Q1",
      to: "2025Q3",
      last: 4,
      asOf: "2025-07-01",
      measure: "yoy",
      format: "csv",
      lang: "en",
      limit: 50,
      offset: 10,
    });
  });
  it("names the refused parameter in Chinese and English", () => {
    const e = refused("from=2025Q5");
    expect(e.parameter).toBe("from");
    expect(e.zh).toContain("参数 from 无效");
    expect(e.en).toContain("Parameter from is invalid");
  });
  it.each([
    ["to=2025-09", "to"],
    ["region=21010", "region"],
    ["asOf=2025-02-30", "asOf"],
    ["measure=qoq", "measure"],
    ["format=pdf", "format"],
    ["limit=0", "limit"],
    ["limit=abc", "limit"],
    ["offset=-1", "offset"],
    ["last=1000", "last"],
    ["indicator=DE%20001", "indicator"],
  ])("refuses %s", (qs, parameter) => {
    expect(refused(qs).parameter).toBe(parameter);
  });
  it("refuses from after to, offset with cursor, and a JSON page over 10 000 rows", () => {
    expect(refused("from=2025Q3&to=2025Q1").parameter).toBe("from");
    expect(refused("cursor=abc&offset=5").parameter).toBe("offset");
    expect(refused("limit=20000").parameter).toBe("limit");
    expect(obs("limit=20000&format=csv").limit).toBe(20000);
  });
  it.each(["20x5Q9", "2025Q0", "2025-13", "2025M13", "\u0000"])("refuses the malformed period %j beside a valid one as a ParamError, not a crash", (bad) => {
    expect(refused(`from=${encodeURIComponent(bad)}&to=2025Q1`).parameter).toBe("from");
    expect(refused(`from=2025Q1&to=${encodeURIComponent(bad)}`).parameter).toBe("to");
  });
  it("refuses unknown parameters, so typos fail loudly", () => {
    const e = refused("indicators=DE001");
    expect(e.parameter).toBe("indicators");
    expect(e.en).toBe("Unknown parameter indicators");
  });
});

describe("releases query", () => {
  const rel = (qs: string) => parseQuery(new URLSearchParams(qs), ZReleasesQuery, RELEASE_PARAMS, RELEASE_LIST_PARAMS);
  it("parses status, indicators and dates", () => {
    expect(rel("status=scheduled&indicator=DE001,DE002&from=2025-01-01&to=2025-12-31")).toEqual({
      status: "scheduled",
      indicator: ["DE001", "DE002"],
      from: "2025-01-01",
      to: "2025-12-31",
    });
  });
  it("refuses to before from", () => {
    expect(() => rel("from=2025-02-01&to=2025-01-01")).toThrow(/to/);
  });
});
