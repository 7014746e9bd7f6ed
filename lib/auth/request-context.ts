import "server-only";
import { headers } from "next/headers";
import type { AuditContext } from "@/lib/audit/write-audit";
import type { Actor } from "./permissions";
import { clientIp } from "@/lib/http/client-ip";

export { clientIp };

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
