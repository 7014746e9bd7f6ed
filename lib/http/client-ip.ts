// The client's address, as the rate limits and the audit log count it. scripts/serve.ts
// sets X-Forwarded-For to the connection's peer before anything reads it, unless
// TRUST_PROXY=1 says the peer is our own reverse proxy, which appends the client it saw:
// either way the last entry is one we can trust, and a client cannot choose its address.
export function clientIp(h: { get(name: string): string | null }): string {
  const xff = (h.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return xff.at(-1) || h.get("x-real-ip") || "unknown";
}
