// Small XML writing helpers for the SDMX-ML messages (no library: the messages are flat and
// written in one pass).
import { SDMX_NS } from "../ids";
import type { Text } from "../structure/model";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

// characters XML 1.0 forbids are dropped (a note pasted from elsewhere may hold one)
export function esc(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export function attrs(a: Record<string, string | number | boolean | null | undefined>): string {
  return Object.entries(a)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${esc(String(v))}"`)
    .join("");
}

/** common:Name / common:Description in both languages. */
export function texts(tag: "Name" | "Description", t: Text | undefined): string {
  if (!t) return "";
  return `<common:${tag} xml:lang="zh">${esc(t.zh)}</common:${tag}><common:${tag} xml:lang="en">${esc(t.en)}</common:${tag}>`;
}

export type HeaderInfo = { id: string; prepared: Date; senderName: Text };

export function header(h: HeaderInfo, extra = ""): string {
  return `<message:Header><message:ID>${esc(h.id)}</message:ID><message:Test>false</message:Test><message:Prepared>${h.prepared.toISOString()}</message:Prepared><message:Sender id="SYTJJ">${texts("Name", h.senderName)}</message:Sender>${extra}</message:Header>`;
}

export const XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n';
export const NS_ATTRS = `xmlns:message="${SDMX_NS.message}" xmlns:common="${SDMX_NS.common}"`;
