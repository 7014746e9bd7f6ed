// The blocks bench/return-typing.ts pastes into the return, as a spreadsheet puts them on the
// clipboard: lines of tab-separated cells ending in CRLF, Chinese thousands separators (，),
// every fourth cell in full-width digits.
import type { Page } from "playwright";

const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

/** 1234567.8 → "1，234，567.8" (one decimal). */
export function chineseThousands(n: number): string {
  const [int, dec] = n.toFixed(1).split(".");
  return `${int.replace(/\B(?=(\d{3})+$)/g, "，")}.${dec}`;
}

const asClipboard = (grid: number[][]) =>
  grid.map((line, r) => line.map((v, c) => ((r + c) % 4 === 0 ? fullWidth(chineseThousands(v)) : chineseThousands(v))).join("\t")).join("\r\n") + "\r\n";

/**
 * What a department would really send: each box 8 % above the same period last year shown
 * beside it (5 % above the previous period where that is missing, and never below a
 * year-to-date figure already published), the city the sum of its districts — a return that
 * mostly passes the rules, as most do.
 */
export async function plausibleBlock(page: Page, rows: number, cols: number): Promise<string> {
  const boxes = await page.locator("table.return-grid td.return-cell").evaluateAll((tds) =>
    tds.map((td) => ({ r: Number(td.querySelector("input")!.dataset.r), c: Number(td.querySelector("input")!.dataset.c), region: td.getAttribute("data-region"), history: td.querySelector(".return-history")?.textContent ?? "" })),
  );
  const grid = Array.from({ length: rows }, () => Array.from({ length: cols }, () => 0));
  const cityRow = new Map<number, number>();
  for (const b of boxes) {
    const prev = Number(/上期\s*([\d.]+)/.exec(b.history)?.[1] ?? NaN);
    const ly = Number(/上年同期\s*([\d.]+)/.exec(b.history)?.[1] ?? NaN);
    let v = ly > 0 ? ly * 1.08 : prev > 0 ? prev * 1.05 : 100 + b.r * 7 + b.c;
    if (prev > 0 && v < prev) v = prev * 1.05;
    grid[b.r][b.c] = Math.round(v * 10) / 10;
    if (b.region === "210100") cityRow.set(b.c, b.r);
  }
  for (const [c, cr] of cityRow) grid[cr][c] = Math.round(grid.reduce((s, line, r) => (r === cr ? s : s + line[c]), 0) * 10) / 10;
  return asClipboard(grid);
}

/** The worst case: figures unrelated to any history, so that nearly every box asks for an explanation. */
export function implausibleBlock(rows: number, cols: number): string {
  return asClipboard(Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => 1000 * (1 + ((r * 7 + c * 3) % 9)) + ((r * 37 + c * 11) % 1000) + ((r + c) % 10) / 10)));
}
