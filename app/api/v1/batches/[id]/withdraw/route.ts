import { withdrawBatch } from "@/lib/workflow/transitions";
import { runTransition } from "@/lib/workflow/api-transition";
import { withDbErrors } from "@/lib/http/db-unavailable";

/** POST: the uploader, or a release manager, withdraws a batch that is not yet released. */
export const POST = withDbErrors(async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  // which batches each may withdraw (own ones / any) is withdrawBatch's check
  return runTransition(req, params, ["batch:upload", "release:manage"], null, (o) => withdrawBatch(o));
});
