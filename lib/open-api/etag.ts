// Entity tags for public answers. A public answer is a function of the request URL and of
// the visibility epoch (lib/public/epoch.ts), so a tag made from both can be compared
// before any data is read: a client that still holds the current answer gets a 304 for the
// cost of a hash. Tags are weak (W/) because the server may compress the body.
import { createHash } from "node:crypto";

export function etagOf(...parts: string[]): string {
  return etagOfBytes(Buffer.from(parts.join("\n"), "utf8"));
}

/** A tag from the body itself, for answers that do not depend on the epoch. */
export function etagOfBytes(body: Uint8Array): string {
  return `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/ prefixes are ignored. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  const want = opaque(etag);
  return header.split(",").some((tag) => opaque(tag) === want);
}
