import { z } from "zod";
import { ZReleaseNaming } from "@/lib/releases/release-naming";
import { approveBatch } from "@/lib/workflow/approve-batch";
import { runTransition } from "@/lib/workflow/api-transition";
import { withDbErrors } from "@/lib/http/db-unavailable";

const naming = ZReleaseNaming.partial().shape;

const ZBody = z
  .strictObject({
    releaseId: z.number().int().positive().max(2_147_483_647).optional(),
    releaseAt: z.iso.datetime({ offset: true }).optional(),
    revisionReason: z.enum(["PRELIMINARY_TO_FINAL", "BENCHMARK", "CORRECTION"]).optional(),
    // the new release's title and data period (releaseAt only); suggested from the data when left out
    titleZh: naming.titleZh,
    titleEn: naming.titleEn,
    period: naming.period,
  })
  .refine((b) => (b.releaseId === undefined) !== (b.releaseAt === undefined), "give either releaseId or releaseAt")
  .refine((b) => b.releaseAt !== undefined || (b.titleZh === undefined && b.titleEn === undefined && b.period === undefined), "titleZh, titleEn and period go with releaseAt");

/** POST {releaseId} or {releaseAt[, titleZh, titleEn, period]} (+ revisionReason for revisions): a reviewer approves a submitted batch. */
export const POST = withDbErrors(async (req: Request, { params }: { params: Promise<{ id: string }> }) => {
  return runTransition(req, params, "batch:review", ZBody, (o, body) =>
    approveBatch({
      ...o,
      releaseId: body.releaseId,
      releaseAt: body.releaseAt ? new Date(body.releaseAt) : undefined,
      naming: { titleZh: body.titleZh, titleEn: body.titleEn ?? undefined, period: body.period },
      revisionReason: body.revisionReason,
    }),
  );
});
