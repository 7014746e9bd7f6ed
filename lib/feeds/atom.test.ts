import { describe, expect, it } from "vitest";
import { atomXml } from "./atom";

describe("atom", () => {
  it("escapes text and writes RFC 3339 dates", () => {
    const xml = atomXml({
      id: "urn:x",
      title: "发布 <日程> & more",
      link: "https://x/releases",
      self: "https://x/feeds/releases",
      updated: new Date("2025-10-27T02:00:00Z"),
      author: "沈阳市统计局",
      entries: [{ id: "urn:x:1", title: '"a" <b>', updated: new Date("2025-10-27T02:00:00Z"), link: "https://x/?a=1&b=2" }],
    });
    expect(xml).toContain("<title>发布 &lt;日程&gt; &amp; more</title>");
    expect(xml).toContain("<title>&quot;a&quot; &lt;b&gt;</title>");
    expect(xml).toContain('href="https://x/?a=1&amp;b=2"');
    expect(xml).toContain("<updated>2025-10-27T02:00:00.000Z</updated>");
    expect(xml).not.toContain("<b>");
  });
});
