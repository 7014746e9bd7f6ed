import { submitBatch } from "@/lib/workflow/transitions";
import { runTransition } from "@/lib/workflow/api-transition";

/** POST: the uploader submits a staged batch for review. */
export async function POST(req: Request, { params }: { params: Promise<{ id: string }> }) {
  return runTransition(req, params, "batch:upload", null, (o) => submitBatch(o));
}
