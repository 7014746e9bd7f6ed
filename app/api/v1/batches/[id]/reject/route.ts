import { z } from "zod";
import { rejectBatch } from "@/lib/workflow/transitions";
import { runTransition } from "@/lib/workflow/api-transition";
import { withDbErrors } from "@/lib/http/db-unavailable";

const ZBody = z.strictObject({ reason: z.string().trim().min(1, "reason is required").max(2000) });

/** POST {reason}: a reviewer rejects a submitted batch. */
export const POST = withDbErrors(async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  return runTransition(req, params, "batch:review", ZBody, (o, body) => rejectBatch({ ...o, reason: body.reason }));
});
