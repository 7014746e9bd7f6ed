import { describe, expect, it } from "vitest";
import { attentionFirst, rankField, readWholeList } from "./page-lists";
import { indicator } from "./test-fixtures";

const codes = (n: number) => Array.from({ length: n }, (_, i) => indicator(`X${String(i).padStart(4, "0")}`));

describe("the dashboard's long lists", () => {
  it("lists a short list whole and a long one cut to the cap, those needing attention first, in the list's order", () => {
    const items = Array.from({ length: 50 }, (_, i) => ({ n: i, bad: i === 40 || i === 45 }));
    expect(attentionFirst(items.slice(0, 10), (x) => x.bad, 30)).toEqual(items.slice(0, 10));
    const shown = attentionFirst(items, (x) => x.bad, 30);
    expect(shown.map((x) => x.n)).toEqual([...Array.from({ length: 28 }, (_, i) => i), 40, 45]);
  });

  it("takes ?all=alerts or ?all=targets and nothing else as a list asked for whole", () => {
    expect(readWholeList("alerts")).toBe("alerts");
    expect(readWholeList(["targets", "alerts"])).toBe("targets");
    expect(readWholeList("everything")).toBeNull();
    expect(readWholeList(undefined)).toBeNull();
  });

  it("offers a menu of every rankable indicator while there are few", () => {
    const options = codes(57);
    expect(rankField(options, "X0003")).toEqual({ kind: "menu", options });
  });

  it("past the menu's limit takes a typed code, suggesting the first ones and the current choice", () => {
    const options = codes(5100);
    const field = rankField(options, "X4000", 200);
    expect(field.kind).toBe("typed");
    if (field.kind !== "typed") return;
    expect(field.total).toBe(5100);
    expect(field.suggestions).toHaveLength(200);
    expect(field.suggestions[0].code).toBe("X4000"); // a URL may rank by any: it stays in view
    expect(field.suggestions.slice(1).map((i) => i.code)).toEqual(options.slice(0, 199).map((i) => i.code));
    // a current choice among the first ones is not listed twice
    const own = rankField(options, "X0005", 200);
    expect(own.kind === "typed" && own.suggestions.map((i) => i.code)).toEqual(options.slice(0, 200).map((i) => i.code));
  });
});
