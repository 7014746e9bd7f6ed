import { requireApi } from "@/lib/auth/api-auth";
import { canReadBatch } from "@/lib/auth/permissions";
import { batchBody, getBatch } from "@/lib/batches/get-batch";
import { apiError, apiJson } from "@/lib/http/api-response";

/** GET: the batch with its validation report (the body POST /api/v1/batches answered). */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const auth = await requireApi(req);
  if (auth instanceof Response) return auth;
  const id = Number((await params).id);
  const batch = Number.isInteger(id) && id > 0 ? await getBatch(id) : null;
  // a batch one may not read answers like one that does not exist
  if (!batch || !canReadBatch(auth.actor, batch)) return apiError(404, "not_found", "批次不存在 / No such batch");
  return apiJson(batchBody(batch));
}
