// An SDMX data query is built whole before offset/limit cut it: past a size it is refused
// with 413 and a way to narrow it, before anything is read (issue 21: memory at 100× the data).
import { describe, expect, it } from "vitest";
import { sdmxCatalogue } from "../catalogue";
import { SdmxError } from "../errors";
import { parseDataQuery } from "../query/data-query";
import { selectData } from "./select-data";

const query = (key: string, search = "") => parseDataQuery(["dataflow", "SYTJJ", "DF_DE", "1.0.0", key], new URLSearchParams(search));

describe("the size of an SDMX data answer", () => {
  it("refuses a query larger than the cap with 413 and says how to narrow it; a narrower one answers", async () => {
    const { cat, structures } = await sdmxCatalogue();
    const now = new Date();
    const wide = await selectData(query("*"), cat, structures.dataflows, now);
    const rows = wide.reduce((n, s) => n + s.rows.length, 0);
    expect(rows).toBeGreaterThan(1000);

    const refused = await selectData(query("*"), cat, structures.dataflows, now, 1000).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SdmxError);
    expect((refused as SdmxError).status).toBe(413);
    expect((refused as SdmxError).zh).toMatch(/超过单次查询上限 1000.*缩小查询/);
    expect((refused as SdmxError).en).toMatch(/narrow the key/);

    // one indicator at the city, level only: under the same cap
    const narrow = await selectData(query("Q.DE001.210100.LEVEL"), cat, structures.dataflows, now, 1000);
    expect(narrow[0].rows.length).toBeGreaterThan(0);
  });
});
