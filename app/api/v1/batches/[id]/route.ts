import { requireApi } from "@/lib/auth/api-auth";
import { canReadBatch } from "@/lib/auth/permissions";
import { batchBody, getBatch } from "@/lib/batches/get-batch";
import { parsePathId } from "@/lib/http/path-id";
import { apiError, apiJson } from "@/lib/http/api-response";
import { withDbErrors } from "@/lib/http/db-unavailable";

/** GET: the batch with its validation report (the body POST /api/v1/batches answered). */
export const GET = withDbErrors(async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  const auth = await requireApi(req);
  if (auth instanceof Response) return auth;
  const id = parsePathId((await params).id);
  const batch = id ? await getBatch(id) : null;
  // a batch one may not read answers like one that does not exist
  if (!batch || !canReadBatch(auth.actor, batch)) return apiError(404, "not_found", "批次不存在 / No such batch");
  return apiJson(batchBody(batch));
});
