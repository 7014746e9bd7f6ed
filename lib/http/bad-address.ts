// An address whose path is not valid percent-encoding (/indicators/%ff, %C0%AF …) cannot name
// anything: it answers 400 here, before Next's router, which would otherwise fail to decode it
// and answer a bare 500. The open and staff API answer JSON naming the path parameter (matched
// against the route table, lib/auth/route-access.ts); everything else the site's 400 page.
// (Query strings are decoded leniently by URLSearchParams and never reach this.)
import { API_ACCESS } from "@/lib/auth/route-access";
import { apiError } from "./api-response";
import { statusPage } from "./status-page";

function decodes(segment: string): boolean {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/** The name of the path parameter at segment `index` of an API path, or "path" when no route has one there. */
export function apiParameterAt(segments: string[], index: number): string {
  for (const pattern of Object.keys(API_ACCESS)) {
    const parts = pattern.split("/").slice(1);
    // a catch-all (the unknown-path 404) names nothing; a static segment must match exactly
    if (parts.length !== segments.length || parts.some((p) => p.startsWith("[..."))) continue;
    if (!parts[index].startsWith("[")) continue;
    if (parts.every((p, i) => p.startsWith("[") || p === segments[i])) return parts[index].slice(1, -1);
  }
  return "path";
}

const PAGE_TEXT = {
  zh: { title: "地址无效", body: "此地址含有无效的百分号编码（如 %ff），无法识别。请检查链接是否完整、是否被截断。" },
  en: { title: "Invalid address", body: "This address contains invalid percent-encoding (such as %ff) and cannot be read. Check that the link is complete." },
};

/** The 400 answer for a path that does not decode, or null when it decodes. `rawPath`: the path as sent, without the query. */
export function badAddressAnswer(rawPath: string): Response | null {
  const segments = rawPath.split("/").slice(1);
  const bad = segments.findIndex((s) => !decodes(s));
  if (bad < 0) return null;
  if (segments[0] === "api") {
    const name = apiParameterAt(segments, bad);
    return apiError(400, "invalid_parameter", `路径参数 ${name} 不是有效的 URL 编码 / Path parameter ${name} is not valid percent-encoding`, { parameter: name });
  }
  return statusPage({ status: 400, pathname: rawPath, text: PAGE_TEXT, testId: "bad-address", next: "links" });
}
