import { describe, expect, it } from "vitest";
import { chartSvgUrl, displayedUrl, embedPath, feedPath, fullSeriesUrl } from "./download-links";
import { MAX_JSON_LIMIT } from "@/lib/open-api/params/param-help";
import type { IndicatorParams } from "./indicator-params";

const p: IndicatorParams = { regions: ["210100", "210102"], measure: "in-period", range: { kind: "last", n: 8 }, period: "2025Q3" };
const decode = (u: string) => Object.fromEntries(new URL(u, "http://x").searchParams);

describe("download links", () => {
  it("gives the full series of all regions as published", () => {
    expect(fullSeriesUrl("DE001", "csv", "zh")).toBe("/api/v1/observations?indicator=DE001&format=csv");
    expect(decode(fullSeriesUrl("DE001", "xlsx", "en"))).toEqual({ indicator: "DE001", format: "xlsx", lang: "en" });
  });

  it("asks for the open API's largest JSON page, so the full series is not cut at the default 1000 rows", () => {
    expect(decode(fullSeriesUrl("DE001", "json", "zh"))).toEqual({ indicator: "DE001", format: "json", limit: String(MAX_JSON_LIMIT) });
  });

  it("gives what is displayed: regions, rolling range and measure, in the open API's parameters", () => {
    expect(decode(displayedUrl("DE001", p, "json", "zh"))).toEqual({ indicator: "DE001", region: "210100,210102", measure: "in-period", last: "8", format: "json" });
    const span = displayedUrl("DE001", { ...p, range: { kind: "span", from: "2024Q1", to: null } }, "csv", "zh");
    expect(decode(span)).toMatchObject({ from: "2024Q1" });
    expect(decode(span).last).toBeUndefined();
    expect(decode(displayedUrl("DE001", { ...p, range: { kind: "last", n: null } }, "csv", "zh")).last).toBeUndefined();
  });

  it("points chart files, embeds and feeds at their routes, in the reader's language", () => {
    expect(decode(chartSvgUrl("DE001", "tiles", p, "en"))).toMatchObject({ chart: "tiles", region: "210100,210102", measure: "in-period", last: "8", period: "2025Q3", lang: "en" });
    expect(chartSvgUrl("DE001", "trend", p, "zh").startsWith("/charts/DE001?chart=trend&")).toBe(true);
    expect(embedPath("DE001", p, "en")).toBe("/en/embed/DE001?region=210100%2C210102&measure=in-period&last=8&period=2025Q3");
    expect(feedPath("DE001", "zh")).toBe("/feeds/indicators/DE001");
  });
});
