import { z } from "zod";
import { approveBatch } from "@/lib/workflow/approve-batch";
import { runTransition } from "@/lib/workflow/api-transition";
import { withDbErrors } from "@/lib/http/db-unavailable";

const ZBody = z
  .strictObject({
    releaseId: z.number().int().positive().max(2_147_483_647).optional(),
    releaseAt: z.iso.datetime({ offset: true }).optional(),
    revisionReason: z.enum(["PRELIMINARY_TO_FINAL", "BENCHMARK", "CORRECTION"]).optional(),
  })
  .refine((b) => (b.releaseId === undefined) !== (b.releaseAt === undefined), "give either releaseId or releaseAt");

/** POST {releaseId} or {releaseAt} (+ revisionReason for revisions): a reviewer approves a submitted batch. */
export const POST = withDbErrors(async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  return runTransition(req, params, "batch:review", ZBody, (o, body) =>
    approveBatch({ ...o, releaseId: body.releaseId, releaseAt: body.releaseAt ? new Date(body.releaseAt) : undefined, revisionReason: body.revisionReason }),
  );
});
