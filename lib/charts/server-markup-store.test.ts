import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ServerMarkup } from "@/app/_components/charts/server-markup";
import { MARKUP_MAX_CHARS, MARKUP_TTL_MS, pendingMarkup, pendingMarkupChars, putMarkup, takeMarkup } from "./server-markup-store";

describe("server markup store", () => {
  it("gives the markup once, under a key of its own", () => {
    const a = putMarkup("<svg>a</svg>");
    const b = putMarkup("<svg>b</svg>");
    expect(a).not.toBe(b);
    expect(takeMarkup(b)).toBe("<svg>b</svg>");
    expect(takeMarkup(a)).toBe("<svg>a</svg>");
    expect(takeMarkup(a)).toBeUndefined();
  });

  it("drops what nobody takes within the time to live", () => {
    const t0 = Date.now();
    const before = pendingMarkup();
    const stale = putMarkup("<svg>stale</svg>", t0);
    expect(pendingMarkup()).toBe(before + 1);
    const fresh = putMarkup("<svg>fresh</svg>", t0 + MARKUP_TTL_MS);
    expect(takeMarkup(stale)).toBeUndefined();
    expect(takeMarkup(fresh)).toBe("<svg>fresh</svg>");
  });

  it("keeps no more than its limit when nobody takes the markup (a flood of page-data requests), dropping the oldest", () => {
    const big = "x".repeat(MARKUP_MAX_CHARS / 4);
    const keys = Array.from({ length: 12 }, () => putMarkup(big));
    expect(pendingMarkupChars()).toBeLessThanOrEqual(MARKUP_MAX_CHARS);
    expect(takeMarkup(keys[0])).toBeUndefined();
    expect(takeMarkup(keys[11])).toBe(big);
    for (const k of keys) takeMarkup(k);
    expect(pendingMarkupChars()).toBe(0);
  });
});

describe("ServerMarkup", () => {
  it("writes the markup into the server-rendered HTML, with its text alternative, but not into its props", () => {
    const svg = '<svg viewBox="0 0 10 10"><text>沈阳市 445.86</text></svg>';
    const key = putMarkup(svg);
    const props = { markupKey: key, className: "chart-svg-inner chart-wide", label: "数字经济核心产业增加值" };
    // what the page data carries for this element: the key and the label, never the drawing
    expect(JSON.stringify(props)).not.toContain("<svg");
    const html = renderToString(createElement(ServerMarkup, props));
    expect(html).toContain(svg);
    expect(html).toMatch(/^<div id="[^"]+" class="chart-svg-inner chart-wide" role="img" aria-label="数字经济核心产业增加值">/);
    const span = renderToString(createElement(ServerMarkup, { markupKey: putMarkup(svg), label: "x", as: "span" }));
    expect(span).toMatch(/^<span [^>]*role="img"[^>]*>/);
    expect(span).toContain(svg);
  });
});
