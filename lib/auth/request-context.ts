import "server-only";
import { headers } from "next/headers";
import type { AuditContext } from "@/lib/audit/write-audit";
import type { Actor } from "./permissions";

/**
 * The client address. Behind a reverse proxy set TRUST_PROXY=1 and the proxy's
 * X-Forwarded-For is used; otherwise the address Next saw (its own x-forwarded-for entry,
 * the last one), so a client cannot choose its address by sending the header itself.
 */
export function clientIp(h: Headers): string {
  const xff = (h.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const ip = process.env.TRUST_PROXY === "1" ? xff[0] : xff.at(-1);
  return ip || h.get("x-real-ip") || "unknown";
}

export function isHttps(h: Headers): boolean {
  return (h.get("x-forwarded-proto") ?? "").split(",")[0].trim() === "https";
}

export async function auditContext(actor: Actor | null, h?: Headers): Promise<AuditContext> {
  const hd = h ?? (await headers());
  return {
    actorId: actor?.id ?? null,
    actorName: actor?.username ?? null,
    ip: clientIp(hd),
    userAgent: hd.get("user-agent"),
  };
}
