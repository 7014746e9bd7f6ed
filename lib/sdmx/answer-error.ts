// Refusals in the SDMX error-message form of the negotiated format (SDMX-ML message:Error,
// SDMX-JSON errors[]; SDMX-CSV has none, so it gets the SDMX-JSON one), with the standard's
// codes: 100 no results, 140 syntax error, 130 too large, 501 not implemented, 500 internal.
import { SDMX_NS } from "./ids";
import type { Format } from "./negotiate";
import { XML_DECL, esc } from "./ml/xml";

const SDMX_CODE: Record<number, number> = { 400: 140, 404: 100, 406: 140, 413: 130, 429: 1000, 500: 500, 501: 501, 503: 503 };

export function sdmxErrorResponse(status: number, zh: string, en: string, format: Format | null, headers: Record<string, string> = {}): Response {
  const code = SDMX_CODE[status] ?? 500;
  const common = { "Cache-Control": "no-store", Vary: "Accept", ...headers };
  if (format?.kind === "json" || format?.kind === "csv") {
    const body = { meta: { id: `ERR${code}`, test: false, prepared: new Date().toISOString(), sender: { id: "SYTJJ" } }, errors: [{ code, title: en, titles: { zh, en } }] };
    return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/vnd.sdmx.data+json;version=2.0.0; charset=utf-8", ...common } });
  }
  const xml = `${XML_DECL}<message:Error xmlns:message="${SDMX_NS.message}" xmlns:common="${SDMX_NS.common}"><message:ErrorMessage code="${code}"><common:Text xml:lang="zh">${esc(zh)}</common:Text><common:Text xml:lang="en">${esc(en)}</common:Text></message:ErrorMessage></message:Error>\n`;
  return new Response(xml, { status, headers: { "Content-Type": "application/vnd.sdmx.error+xml;version=2.1; charset=utf-8", ...common } });
}

/** servePublicGet's writer for the rate limit and unexpected errors ("中文 / English" messages). */
export function sdmxErrorWriter(format: Format | null) {
  return (status: number, _code: string, message: string, _extra?: Record<string, unknown>, headers?: Record<string, string>) => {
    const [zh, en = zh] = message.split(" / ");
    return sdmxErrorResponse(status, zh, en, format, headers);
  };
}
