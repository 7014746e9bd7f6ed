import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ServerMarkup } from "@/app/_components/charts/server-markup";
import { MARKUP_TTL_MS, pendingMarkup, putMarkup, takeMarkup } from "./server-markup-store";

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
