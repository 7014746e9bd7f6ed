// Content negotiation of the SDMX endpoints, as the SDMX REST API names the media types:
// the `format` query parameter (for browsers) wins, then the Accept header by quality.
// SDMX-ML 2.1 is what `*/*`, `application/xml` and no Accept get (R's rsdmx, Python's sdmx1).
// Pure: the front of the server (lib/http/front-server.ts) uses it to key stored answers.
import { SdmxError } from "./errors";

export type Resource = "data" | "structure";
export type CsvLabels = "id" | "name" | "both";
export type Format = { kind: "ml" } | { kind: "json" } | { kind: "csv"; labels: CsvLabels };

export const MEDIA_TYPE = {
  data: {
    ml: "application/vnd.sdmx.structurespecificdata+xml;version=2.1",
    json: "application/vnd.sdmx.data+json;version=2.0.0",
    csv: "application/vnd.sdmx.data+csv;version=2.0.0",
  },
  structure: {
    ml: "application/vnd.sdmx.structure+xml;version=2.1",
    json: "application/vnd.sdmx.structure+json;version=2.0.0",
    csv: "",
  },
} as const;

const FORMAT_PARAM: Record<string, Format["kind"]> = {
  xml: "ml",
  "sdmx-ml": "ml",
  structurespecificdata: "ml",
  json: "json",
  "sdmx-json": "json",
  csv: "csv",
  "sdmx-csv": "csv",
};

type Range = { type: string; params: Record<string, string>; q: number; order: number };

function parseAccept(header: string): Range[] {
  return header
    .split(",")
    .map((part, order) => {
      const [type, ...rest] = part.trim().split(";");
      const params: Record<string, string> = {};
      for (const p of rest) {
        const [k, v] = p.split("=").map((s) => s?.trim());
        if (k) params[k.toLowerCase()] = (v ?? "").replace(/^"|"$/g, "");
      }
      const q = params.q === undefined ? 1 : Number(params.q);
      return { type: type.trim().toLowerCase(), params, q: Number.isFinite(q) ? q : 0, order };
    })
    .filter((r) => r.type && r.q > 0);
}

function labelsOf(raw: string | undefined | null): CsvLabels {
  return raw === "name" || raw === "both" ? raw : "id";
}

/** Which of our formats an Accept range names, or null. Versions we do not write are not a match. */
function formatOf(r: Range, resource: Resource): Format | null {
  const v = r.params.version;
  const sdmxJson = resource === "data" ? "application/vnd.sdmx.data+json" : "application/vnd.sdmx.structure+json";
  const sdmxMl = resource === "data" ? "application/vnd.sdmx.structurespecificdata+xml" : "application/vnd.sdmx.structure+xml";
  if (r.type === "*/*" || r.type === "application/*" || r.type === "application/xml" || r.type === "text/xml") return { kind: "ml" };
  if (r.type === sdmxMl && (!v || v.startsWith("2.1"))) return { kind: "ml" };
  if (r.type === "application/json") return { kind: "json" };
  if (r.type === sdmxJson && (!v || /^2(\.0(\.0)?)?\+?$|^2\+/.test(v) || v.startsWith("2.0"))) return { kind: "json" };
  if (resource === "data" && (r.type === "text/csv" || r.type === "text/*")) return { kind: "csv", labels: labelsOf(r.params.labels) };
  if (resource === "data" && r.type === "application/vnd.sdmx.data+csv" && (!v || v.startsWith("2"))) return { kind: "csv", labels: labelsOf(r.params.labels) };
  return null;
}

export function negotiate(resource: Resource, search: URLSearchParams, accept: string | null): Format {
  const param = search.get("format");
  if (param !== null) {
    const kind = FORMAT_PARAM[param.toLowerCase()];
    if (!kind || (kind === "csv" && resource === "structure")) {
      const allowed = resource === "data" ? "sdmx-ml, sdmx-json, sdmx-csv" : "sdmx-ml, sdmx-json";
      throw new SdmxError(400, `参数 format 无效：可用 ${allowed}`, `Parameter format is invalid: use ${allowed}`);
    }
    return kind === "csv" ? { kind, labels: labelsOf(search.get("labels")) } : { kind };
  }
  if (!accept || !accept.trim()) return { kind: "ml" };
  const ranges = parseAccept(accept).sort((a, b) => b.q - a.q || a.order - b.order);
  for (const r of ranges) {
    const f = formatOf(r, resource);
    if (f) return f.kind === "csv" && search.get("labels") ? { ...f, labels: labelsOf(search.get("labels")) } : f;
  }
  const offered = Object.values(MEDIA_TYPE[resource]).filter(Boolean).join(", ");
  throw new SdmxError(406, `无法提供所请求的格式，可用：${offered}`, `Not acceptable: this service answers ${offered}`);
}

export function mediaType(resource: Resource, f: Format): string {
  const base = MEDIA_TYPE[resource][f.kind];
  return f.kind === "csv" ? `${base};labels=${f.labels}; charset=utf-8` : `${base}; charset=utf-8`;
}

/** The part of the stored-answer key that the negotiated format adds to the URL. */
export function variantKey(f: Format): string {
  return f.kind === "csv" ? `csv;labels=${f.labels}` : f.kind;
}

/** The stored-answer key of an SDMX request, or null when it would be refused (not stored). */
export function sdmxAnswerKey(pathname: string, search: string, accept: string | null): string | null {
  const resource: Resource | null = pathname.startsWith("/sdmx/v2/data/") ? "data" : pathname.startsWith("/sdmx/v2/structure/") ? "structure" : null;
  if (!resource) return null;
  try {
    return `${pathname}${search}\n${variantKey(negotiate(resource, new URLSearchParams(search), accept))}`;
  } catch {
    return null;
  }
}
