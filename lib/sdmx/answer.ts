import "server-only";
// GET /sdmx/v2/structure/... and /sdmx/v2/data/...: negotiate the format, parse, select, write.
// Served through servePublicGet like the open API (rate limit, CORS, epoch ETag, answers stored
// per epoch, URL and negotiated format); refusals in SDMX's error-message form.
import { createHash } from "node:crypto";
import { licenseLinkHeader } from "@/lib/public/data-license";
import { publicOptions, servePublicGet, type PublicGetContext } from "@/lib/open-api/public-get";
import { sdmxErrorResponse, sdmxErrorWriter } from "./answer-error";
import { sdmxCatalogue } from "./catalogue";
import { pageRows } from "./data/filter-rows";
import { selectData } from "./data/select-data";
import { dataCsv } from "./csv/data-csv";
import { SdmxError, noResults } from "./errors";
import { ALL_FLOW } from "./ids";
import { dataJson } from "./json/data-json";
import { structureJson } from "./json/structure-json";
import { dataXml } from "./ml/data-xml";
import { structureXml } from "./ml/structure-xml";
import type { HeaderInfo } from "./ml/xml";
import { mediaType, negotiate, variantKey, type Format, type Resource } from "./negotiate";
import { parseDataQuery } from "./query/data-query";
import { parseStructureQuery, selectArtefacts } from "./query/structure-query";
import { AGENCY_NAME } from "./structure/model";

const PREFIX = { data: "/sdmx/v2/data/", structure: "/sdmx/v2/structure/" } as const;

function segments(url: URL, resource: Resource): string[] {
  const rest = url.pathname.slice(PREFIX[resource].length).replace(/\/+$/, "");
  return rest ? rest.split("/").map((s) => decodeURIComponent(s)) : [];
}

function headerInfo(url: URL, epochKey: string, prepared: Date): HeaderInfo {
  // the same query in the same epoch is the same message
  const id = "IREF" + createHash("sha256").update(`${epochKey}\n${url.pathname}${url.search}`).digest("hex").slice(0, 16).toUpperCase();
  return { id, prepared, senderName: AGENCY_NAME };
}

function ok(body: string, resource: Resource, f: Format, extra: Record<string, string> = {}): Response {
  return new Response(body, { headers: { "Content-Type": mediaType(resource, f), Vary: "Accept", ...licenseLinkHeader(), ...extra } });
}

const lang = (url: URL): "zh" | "en" => (url.searchParams.get("lang") === "en" ? "en" : "zh");

async function answerStructure({ url, epoch }: PublicGetContext, f: Format): Promise<Response> {
  const { structures } = await sdmxCatalogue();
  const q = parseStructureQuery(segments(url, "structure"), url.searchParams);
  const sel = selectArtefacts(q, structures);
  const h = headerInfo(url, epoch.key, new Date());
  return ok(f.kind === "json" ? structureJson(sel, structures, h, lang(url)) : structureXml(sel, structures, h), "structure", f);
}

async function answerData({ url, epoch }: PublicGetContext, f: Format): Promise<Response> {
  const { cat, structures } = await sdmxCatalogue();
  const q = parseDataQuery(segments(url, "data"), url.searchParams);
  const unknown = q.flows?.filter((id) => !structures.dataflows.some((d) => d.id === id));
  if (q.flows && unknown!.length === q.flows.length) throw noResults();
  const sets = await selectData(q, cat, structures.dataflows, epoch.at);
  // offset/limit count observations across the data sets
  let skip = q.offset;
  let room = q.limit ?? Infinity;
  const paged = sets.map((s) => {
    const rows = pageRows(s.rows, { offset: Math.min(skip, s.rows.length), limit: room === Infinity ? undefined : room });
    skip = Math.max(0, skip - s.rows.length);
    room -= rows.length;
    return { ...s, rows };
  }).filter((s) => s.rows.length);
  if (!paged.length) throw noResults();
  const flow = q.flows?.length === 1 ? q.flows[0] : ALL_FLOW;
  const h = headerInfo(url, epoch.key, new Date());
  if (f.kind === "csv") {
    const name = `${flow}.csv`;
    return ok(dataCsv(paged, flow, structures, f.labels, q.lang), "data", f, { "Content-Disposition": `inline; filename="${name}"` });
  }
  if (f.kind === "json") return ok(dataJson(paged, flow, q.dimensionAtObservation, structures, h, q.lang), "data", f);
  return ok(dataXml(paged, flow, q.dimensionAtObservation, h), "data", f);
}

function tryNegotiate(resource: Resource, req: Request, url: URL): Format | SdmxError {
  try {
    return negotiate(resource, url.searchParams, req.headers.get("accept"));
  } catch (e) {
    if (e instanceof SdmxError) return e;
    throw e;
  }
}

export function serveSdmx(resource: Resource, req: Request): Promise<Response> {
  const url = new URL(req.url);
  const f = tryNegotiate(resource, req, url);
  const format = f instanceof SdmxError ? null : f;
  return servePublicGet(
    req,
    async (ctx) => {
      if (f instanceof SdmxError) return sdmxErrorResponse(f.status, f.zh, f.en, null);
      try {
        return await (resource === "data" ? answerData(ctx, f) : answerStructure(ctx, f));
      } catch (e) {
        if (e instanceof SdmxError) return sdmxErrorResponse(e.status, e.zh, e.en, f);
        throw e;
      }
    },
    { variant: () => (format ? variantKey(format) : "refused"), errors: sdmxErrorWriter(format) },
  );
}

export const sdmxOptions = publicOptions;
