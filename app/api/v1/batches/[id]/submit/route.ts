import { submitBatch } from "@/lib/workflow/transitions";
import { runTransition } from "@/lib/workflow/api-transition";
import { withDbErrors } from "@/lib/http/db-unavailable";

/** POST: the uploader submits a staged batch for review. */
export const POST = withDbErrors(async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  return runTransition(req, params, "batch:upload", null, (o) => submitBatch(o));
});
