import { describe, expect, it } from "vitest";
import { encodingLabel } from "./encoding-label";

describe("encodingLabel", () => {
  it("names what staff saved: GBK for Excel's Chinese CSV, UTF-8 with or without BOM", () => {
    expect(encodingLabel("gb18030")).toBe("GBK / GB18030");
    expect(encodingLabel("utf-8-bom")).toBe("UTF-8 (BOM)");
    expect(encodingLabel("utf-16le")).toBe("UTF-16 LE");
  });
  it("shows a dash for XLSX files, which have no text encoding, and passes unknown names through", () => {
    expect(encodingLabel(null)).toBe("—");
    expect(encodingLabel("latin1")).toBe("latin1");
  });
});
