import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseRegulation } from "./regulation-text";

const SAMPLE = `沈阳市数字经济促进条例

目 录

- 第一章 总 则
- 第二章 数字基础设施

第一章 总 则

第一条 为了推动数字技术与实体经济深度融合，根据有

关法律、法规，制定本条例。

第二条 本市行政区域内促进数字经济发展的活动，适用本条例。

本条例所称数字经济，是指一系列经济活动。

第二章 数字基础设施

第九条 统筹推进 IPv6
规模部署与应用：
第一项；
第二项。
`;

describe("parseRegulation", () => {
  it("joins lines broken inside a sentence, even across a blank line", () => {
    const a = parseRegulation(SAMPLE).get(1)!;
    expect(a.heading).toBe("第一条");
    expect(a.paragraphs).toEqual(["为了推动数字技术与实体经济深度融合，根据有关法律、法规，制定本条例。"]);
  });

  it("keeps paragraph breaks after 。：；", () => {
    const articles = parseRegulation(SAMPLE);
    expect(articles.get(2)!.paragraphs).toEqual(["本市行政区域内促进数字经济发展的活动，适用本条例。", "本条例所称数字经济，是指一系列经济活动。"]);
    expect(articles.get(9)!.paragraphs).toEqual(["统筹推进 IPv6 规模部署与应用：", "第一项；", "第二项。"]);
  });

  it("leaves chapter headings and the table of contents out of the articles", () => {
    const articles = parseRegulation(SAMPLE);
    expect([...articles.keys()]).toEqual([1, 2, 9]);
    expect(articles.get(2)!.paragraphs.join("")).not.toContain("第二章");
  });

  it("reads all 41 articles of the real file, with article 19's emerging industries", () => {
    const text = readFileSync(path.join(process.cwd(), "data/reference/regulation.txt"), "utf8");
    const articles = parseRegulation(text);
    expect([...articles.keys()]).toEqual(Array.from({ length: 41 }, (_, i) => i + 1));
    expect(articles.get(19)!.paragraphs[0]).toContain("区块链、元宇宙、量子信息、网络安全等新兴数字产业。");
    expect(articles.get(26)!.paragraphs).toHaveLength(3);
    expect(articles.get(5)!.paragraphs[2]).toContain("文旅广电、卫生健康");
    for (const a of articles.values()) for (const p of a.paragraphs) expect(p).toMatch(/[。：；]$/);
  });
});
