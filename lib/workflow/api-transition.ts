import "server-only";
import type { z } from "zod";
import { requireApi } from "@/lib/auth/api-auth";
import type { Actor } from "@/lib/auth/permissions";
import { auditContext } from "@/lib/auth/request-context";
import type { Permission } from "@/lib/auth/roles";
import type { AuditContext } from "@/lib/audit/write-audit";
import { batchBody, getBatch } from "@/lib/batches/get-batch";
import { apiError, apiJson } from "@/lib/http/api-response";
import { appErrorResponse } from "@/lib/http/domain-response";
import { parsePathId } from "@/lib/http/path-id";
import { readJson } from "@/lib/http/read-json";

type Ctx = { batchId: number; actor: Actor; ctx: AuditContext };

/**
 * The shared shape of POST /api/v1/batches/{id}/<transition>: authenticate (with the
 * permission, or only sign-in when the domain function decides who may), read the JSON body
 * when the transition takes one, run it, and answer the batch as it now is.
 */
export async function runTransition<S extends z.ZodType | null>(
  req: Request,
  params: Promise<{ id: string }>,
  permission: Permission | Permission[] | null,
  schema: S,
  run: (o: Ctx, body: S extends z.ZodType ? z.infer<S> : null) => Promise<unknown>,
): Promise<Response> {
  const auth = await requireApi(req, permission ?? undefined);
  if (auth instanceof Response) return auth;
  const batchId = parsePathId((await params).id);
  if (!batchId) return apiError(404, "not_found", "批次不存在 / No such batch");
  let body = null;
  if (schema) {
    body = await readJson(req, schema);
    if (body instanceof Response) return body;
  }
  try {
    await run({ batchId, actor: auth.actor, ctx: await auditContext(auth.actor, req.headers) }, body as never);
  } catch (e) {
    return appErrorResponse(e);
  }
  return apiJson(batchBody((await getBatch(batchId))!));
}
