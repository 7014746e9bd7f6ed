import "server-only";
// The regulation text is public law and never changes at run time: read and parse it once.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseRegulation, type Article } from "./regulation-text";

let articles: Map<number, Article> | null = null;

function allArticles(): Map<number, Article> {
  articles ??= parseRegulation(readFileSync(path.join(/*turbopackIgnore: true*/ process.cwd(), "data/reference/regulation.txt"), "utf8"));
  return articles;
}

/** The cited articles, in the order cited, skipping numbers the text does not have. */
export function findArticles(numbers: readonly number[]): Article[] {
  const all = allArticles();
  return numbers.map((n) => all.get(n)).filter((a): a is Article => a !== undefined);
}
